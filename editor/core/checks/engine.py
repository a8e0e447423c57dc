"""Running checks: one segment (per keystroke) or a whole document (in the background)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import replace

from editor.core.checks.base import CheckContext, CheckSettings, Issue
from editor.core.checks.registry import all_checks
from editor.core.checks.stats_terms import TermStats, term_stats
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
    repeats: Repeats | None = None,
) -> list[Issue]:
    """All enabled checks on each segment, in segment order and by position in each.

    Check by check over the whole batch rather than segment by segment: one check's code,
    patterns and caches stay hot in the processor's caches (about a quarter faster on a big
    document than the other way round, with the same result). With ``repeats`` (one per
    pass over an unchanging document), a segment whose source and target were checked before
    in the pass takes the earlier findings of every check (or part of one, see
    :meth:`Check.parts`) that read nothing else for them.
    """
    checks = [check for check in all_checks() if context.settings.enabled(check.id)]
    parts = [(check, part) for check in checks for part in check.parts()]
    prepared = []
    for segment in segments:
        tagged = "⟨" in segment.source or "⟨" in segment.target
        prepared.append((segment, _masked(segment) if tagged else segment, tagged))
    terms = term_stats(context.stats)
    known = repeats.entries(segments, len(parts), terms) if repeats is not None else [None] * len(segments)
    found: list[list[Issue]] = [[] for _ in segments]
    rows = list(zip(found, prepared, known, strict=True))
    for number, (check, run) in enumerate(parts):
        sees_tokens = getattr(check, "uses_tokens", False)
        remembered = not getattr(run, "reads_place", False)
        for bucket, (segment, masked, tagged), entry in rows:
            if entry is not None:
                earlier = entry[number]
                if earlier is not None:
                    if earlier:
                        bucket.extend(
                            earlier
                            if earlier[0].segment == segment.id
                            else [replace(issue, segment=segment.id) for issue in earlier]
                        )
                    continue
            reads = terms.reads if terms is not None else 0
            mine = list(run(segment if sees_tokens else masked, context))
            if mine and tagged and not sees_tokens:
                # a check that saw blanks where a tag is reports nothing of it: not its business
                mine = [issue for issue in mine if not _touches_token(segment, issue)]
            if entry is not None and remembered and (terms is None or terms.reads == reads):
                entry[number] = tuple(mine) if mine else ()  # from its own text: good for its repeats
            bucket.extend(mine)
    issues: list[Issue] = []
    for segment, bucket in zip(segments, found, strict=True):
        dismissed = ignored.get(segment.id) if ignored else None
        if dismissed:
            bucket = [i for i in bucket if (i.check, i.fingerprint) not in dismissed]
        bucket.sort(key=Issue.sort_key)
        issues.extend(bucket)
    return issues


class Repeats:
    """What each check found on the source and target texts already checked in one pass.

    Documents repeat themselves (a term list, a button label, a disclaimer, a sentence of a
    manual): a segment whose texts were checked before takes those findings instead of running
    the checks again, for every check that read nothing but the two texts (a check that looked
    at the paragraph around them is run again; the engine learns which from the document
    statistics; asking for the paragraph of a segment alone in it reads nothing else). A
    check that reads more of a segment than its texts before it asks for the paragraph makes
    that part of the key (now: whether a space follows it in the target file). Holds the
    ``size`` most recently seen; valid for one pass over a document that does not change
    meanwhile (settings and statistics fixed).
    """

    def __init__(self, size: int = 1024) -> None:
        self._size = size
        self._seen: dict[tuple[str, str, str, bool, bool], list[tuple[Issue, ...] | None]] = {}

    def entries(
        self, segments: Sequence[Segment], parts: int, terms: TermStats | None = None
    ) -> list[list[tuple[Issue, ...] | None]]:
        """Per segment, the findings known for its texts by check part (None: not known), to
        be filled in as they are found."""
        seen, size = self._seen, self._size
        found = []
        for segment in segments:
            # the texts, what of the segment's place a check reads before it asks for the
            # paragraph (whether a space follows it in the target file), and whether the
            # paragraph is the segment alone (then asking for it reads nothing else)
            alone = terms is None or terms.alone(segment)
            key = (segment.source, segment.target, segment.gap, segment.target_par is None, alone)
            entry = seen.pop(key, None)
            if entry is None:
                entry = [None] * parts
                if len(seen) >= size:
                    del seen[next(iter(seen))]  # the least recently seen
            seen[key] = entry
            found.append(entry)
        return found


def _masked(segment: Segment) -> Segment:
    """The segment with tag tokens blanked out (same length, so offsets hold)."""
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
    repeats = Repeats()
    for start in range(0, total, BATCH_SEGMENTS):
        issues.extend(check_segments(segments[start : start + BATCH_SEGMENTS], context, ignored, repeats))
        if progress is not None and not progress(min(start + BATCH_SEGMENTS, total), total):
            raise Cancelled
    if progress is not None and total == 0:
        progress(0, 0)
    return issues


class Cancelled(Exception):
    """The user cancelled a long check pass."""
