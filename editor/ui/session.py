"""The open project: document, project file, issues per segment, saving and undo of batches.

The window and its widgets talk to this object only; it talks to editor.core. Edits are saved
within a second (a debounce timer) and at once when the user leaves a segment or confirms it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from editor.core.checks import CheckContext, CheckSettings, Issue, Severity, check_document, check_segment
from editor.core.checks.persist import Ignored, ignore, load_ignored, load_settings
from editor.core.checks.stats import DocumentStats
from editor.core.checks.streamed import check_project
from editor.core.effort import EffortRecorder, load_logs, save_logs
from editor.core.metrics import MetricsTracker
from editor.core.model import Document, Segment, SegmentStatus
from editor.core.qa_settings import IgnoredIssue, IgnoredKey, ignored_issues, store_settings, unignore
from editor.core.review import (
    DEFAULT_THRESHOLD,
    Annotation,
    MqmSeverity,
    ReviewSide,
    ScoreReport,
    delete_annotation,
    follow_edit,
    from_issue,
    load_config,
    load_review,
    record_decision,
    reload_annotations,
    save_annotation,
    score,
    set_rating,
    validate,
)
from editor.core.review.scoring import source_words
from editor.core.store import ProjectStore

SAVE_DELAY_MS = 400  # typing reaches the project file this long after the last keystroke
METRICS_DELAY_MS = 250  # metrics of the segment being typed are recomputed after this pause
STREAMED_CHECK_SEGMENTS = 5000  # from this size, a full check reads the project file in workers

FullCheck = tuple[DocumentStats, list[Issue]]  # fresh statistics and every issue


@dataclass(frozen=True)
class Change:
    """One segment's target and status before and after a batch edit (for undo)."""

    segment: int
    old_target: str
    old_status: SegmentStatus
    new_target: str


class Session(QObject):
    """Owns the Document and its writable ProjectStore; all edits go through here."""

    segmentChanged = Signal(int)  # a segment's target, status or issues changed
    issuesReset = Signal()  # every segment's issues were recomputed
    saveStateChanged = Signal(bool)  # True: everything is on disk
    batchUndone = Signal()
    metricsChanged = Signal(object)  # the ids of re-scored segments (all of them: None)
    reviewChanged = Signal(int)  # a segment's annotations, rating or suggestions changed

    def __init__(self, store: ProjectStore, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.document = document
        self.path = store.path
        self.ignored: Ignored = load_ignored(store)
        # Document statistics (terms, length ratio) are built with the first full check, in
        # the background; until then the checks that need them stay quiet.
        self.context = CheckContext(
            document.source_lang,
            document.target_lang,
            load_settings(store),
            DocumentStats(segments=len(document)),
        )
        document.subscribe(self._update_stats)
        self.edited_during_check: set[int] = set()
        self.issues: dict[int, list[Issue]] = {}
        # Figures for the status bar, kept current per edit (never recounted per keystroke).
        self.severity_counts: Counter[Severity] = Counter()
        self.confirmed = sum(1 for segment in document if segment.status is SegmentStatus.CONFIRMED)
        self._pending: dict[int, Segment] = {}
        self._batches: list[list[Change]] = []
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        # Effort (time, keys) of the segment being edited; saved with the segments.
        self.effort = EffortRecorder()
        self.effort.logs = load_logs(store)
        # Post-editing metrics: built in the background after opening (build_metrics), then
        # kept current per edited segment, a short pause after typing stops.
        self.metrics: MetricsTracker | None = None
        self._metrics_stale: set[int] = set()
        self._metrics_timer = QTimer(self, singleShot=True, interval=METRICS_DELAY_MS)
        self._metrics_timer.timeout.connect(self._refresh_metrics)
        # Review: annotations and ratings by the current rater (the window sets the name).
        self.review = load_review(store)
        self.rater = "reviewer"
        self.review_weights, threshold = load_config(store)
        self.review_threshold = DEFAULT_THRESHOLD if threshold is None else threshold
        self._source_words: int | None = None

    @classmethod
    def open(cls, path: str | Path, parent: QObject | None = None) -> Session:
        store = ProjectStore.open(path)
        try:
            document = store.load_document()
        except Exception:
            store.close()
            raise
        return cls(store, document, parent)

    # -- issues ------------------------------------------------------------------------

    def issues_of(self, segment_id: int) -> list[Issue]:
        return self.issues.get(segment_id, [])

    def recheck(self, segment_id: int) -> list[Issue]:
        """Check one segment again (per keystroke: only this segment)."""
        found = check_segment(self.document[segment_id], self.context, self.ignored.get(segment_id, ()))
        self.severity_counts.subtract(i.severity for i in self.issues.get(segment_id, ()))
        self.severity_counts.update(i.severity for i in found)
        self.issues[segment_id] = found
        return found

    def _update_stats(self, old: Segment, new: Segment) -> None:
        self.context.stats.update(old, new)
        self.confirmed += (new.status is SegmentStatus.CONFIRMED) - (old.status is SegmentStatus.CONFIRMED)
        self.edited_during_check.add(new.id)
        if old.target != new.target:
            follow_edit(self.review, new.id, old.target, new.target)  # the file follows on saving
            self._metrics_stale.add(new.id)
            if self.metrics is not None:
                self._metrics_timer.start()

    def full_check(self, progress: Callable[[int, int], bool]) -> FullCheck:
        """Fresh statistics and every issue (runs in a worker thread; pure reads). Call
        :meth:`flush` first (in the window's thread): a big project is checked from its file."""
        old = self.context
        if len(self.document) >= STREAMED_CHECK_SEGMENTS:
            streamed = self._streamed_check(progress)
            if streamed is not None:
                return streamed
        stats = DocumentStats.build(self.document)
        context = CheckContext(old.source_lang, old.target_lang, old.settings, stats)
        return stats, check_document(self.document, context, dict(self.ignored), progress)

    def _streamed_check(self, progress: Callable[[int, int], bool]) -> FullCheck | None:
        """The check ``posteditor check`` runs: worker processes read the project file in
        chunks instead of each being sent the whole document (~200 MB at 100 000 segments).
        None when the file cannot be streamed."""
        with ProjectStore.open(self.path, readonly=True) as store:
            result = check_project(
                store, self.context.settings, dict(self.ignored), progress=progress, share=False, locate=False
            )
        if result is None:
            return None
        result.stats.terms.document = self.document  # kept current per edit from now on
        return result.stats, [issue for issue, _ in result.issues]

    def finish_full_check(self, result: FullCheck) -> bool:
        """Take a full check's result; False when edits during it call for another pass.

        The pass read the text as it was when it started: the segments edited since are
        checked again now, on their current text (their old spans would point at the wrong
        words, or past the end of a shorter text)."""
        stats, issues = result
        self.context.stats = stats
        stale = set(self.edited_during_check)
        self.set_all_issues(issues, recheck=stale)
        return not stale

    def set_all_issues(self, issues: Iterable[Issue], recheck: Iterable[int] = ()) -> None:
        """Every segment's issues at once; those of ``recheck`` are found again on the text
        the segments hold now instead."""
        recheck = set(recheck)
        by_segment: dict[int, list[Issue]] = {}
        for issue in issues:
            if issue.segment not in recheck:
                by_segment.setdefault(issue.segment, []).append(issue)
        for segment_id in sorted(recheck):
            try:
                segment = self.document[segment_id]
            except KeyError:
                continue
            found = check_segment(segment, self.context, self.ignored.get(segment_id, ()))
            if found:
                by_segment[segment_id] = found
        self.issues = by_segment
        self.severity_counts = Counter(i.severity for found in by_segment.values() for i in found)
        self.issuesReset.emit()

    def change_check_settings(self, settings: CheckSettings, restore: Iterable[IgnoredKey] = ()) -> bool:
        """Store new check settings and show ignored issues again; the restored issues' segments
        are re-checked at once. True when the settings changed: the caller checks the whole
        document again (in the background)."""
        restore = sorted(set(restore))
        changed = settings != self.context.settings
        if changed:
            store_settings(self.store, settings)
            self.context.settings = settings
        if restore:
            unignore(self.store, restore)
            for segment_id, check_id, fingerprint in restore:
                self.ignored.get(segment_id, set()).discard((check_id, fingerprint))
            for segment_id in sorted({key[0] for key in restore} if not changed else ()):
                try:
                    self.recheck(segment_id)
                except KeyError:  # ignored in a segment the project no longer has
                    continue
                self.segmentChanged.emit(segment_id)
        return changed

    def ignored_issues(self) -> list[IgnoredIssue]:
        return ignored_issues(self.document, self.context, self.ignored)

    def ignore(self, issue: Issue) -> None:
        """Dismiss an issue for good (stored in the project)."""
        ignore(self.store, issue)
        self.ignored.setdefault(issue.segment, set()).add((issue.check, issue.fingerprint))
        self.recheck(issue.segment)
        self.segmentChanged.emit(issue.segment)

    # -- metrics -----------------------------------------------------------------------

    def build_metrics(self, progress: Callable[[int, int], bool]) -> MetricsTracker:
        """Score every segment (runs in a worker thread; pure reads)."""
        return MetricsTracker(self.document, progress)

    def finish_metrics(self, tracker: MetricsTracker) -> None:
        """Take the built tracker; segments edited while it was built are re-scored."""
        self.metrics = tracker
        self._refresh_metrics(everything=True)

    def _refresh_metrics(self, everything: bool = False) -> None:
        if self.metrics is None:
            return
        stale, self._metrics_stale = self._metrics_stale, set()
        for segment_id in stale:
            self.metrics.refresh(self.document[segment_id])
        self.metricsChanged.emit(None if everything else stale)

    # -- review ------------------------------------------------------------------------

    def annotate(
        self,
        segment_id: int,
        side: ReviewSide,
        start: int,
        end: int,
        category: str,
        severity: MqmSeverity,
        comment: str = "",
        origin: str = "",
    ) -> Annotation:
        """Mark a span of the segment (raises ValueError for a span outside the text)."""
        self.flush()  # the span is in the text as it stands: the file must hold that text first
        segment = self.document[segment_id]
        annotation = Annotation(segment_id, self.rater, start, end, category, severity, comment, side, origin)
        validate(annotation, segment.source if side == "source" else segment.target)
        annotation = save_annotation(self.store, self.review, annotation)
        self.reviewChanged.emit(segment_id)
        return annotation

    def update_annotation(self, annotation: Annotation, **changes: object) -> Annotation:
        self.flush()
        # The annotation as it is now: its span may have followed edits since it was shown.
        current = next((a for a in self.review.of(annotation.segment) if a.id == annotation.id), annotation)
        updated = save_annotation(self.store, self.review, current.with_(**changes))
        self.reviewChanged.emit(annotation.segment)
        return updated

    def delete_annotation(self, annotation: Annotation) -> None:
        delete_annotation(self.store, self.review, annotation)
        self.reviewChanged.emit(annotation.segment)

    def set_rating(self, segment_id: int, value: float | None) -> None:
        set_rating(self.store, self.review, segment_id, self.rater, value)
        self.reviewChanged.emit(segment_id)

    def suggestions(self, segment_id: int) -> list[Issue]:
        """The segment's QA findings not yet accepted or rejected in review."""
        return [
            issue
            for issue in self.issues_of(segment_id)
            if not self.review.decided(segment_id, issue.check, issue.fingerprint)
        ]

    def accept_suggestion(
        self, issue: Issue, category: str | None = None, severity: MqmSeverity | None = None
    ) -> Annotation:
        """The reviewer confirms a QA finding, as it is or relabelled; it counts for the check."""
        self.flush()
        annotation = from_issue(issue, self.rater)
        if category is not None:
            annotation = annotation.with_(category=category)
        if severity is not None:
            annotation = annotation.with_(severity=severity)
        record_decision(self.store, self.review, issue.segment, issue.check, issue.fingerprint, True)
        saved = save_annotation(self.store, self.review, annotation)
        self.reviewChanged.emit(issue.segment)
        return saved

    def reject_suggestion(self, issue: Issue) -> None:
        record_decision(self.store, self.review, issue.segment, issue.check, issue.fingerprint, False)
        self.reviewChanged.emit(issue.segment)

    def review_score(self) -> ScoreReport:
        if self._source_words is None:
            self._source_words = source_words(self.document)
        return score(
            self.document, self.review, self.review_weights, self.review_threshold, self._source_words
        )

    # -- edits -------------------------------------------------------------------------

    def set_target(self, segment_id: int, text: str) -> Segment:
        """The translator typed: keep the text, re-check the segment, save soon."""
        segment = self.document[segment_id]
        if segment.target == text:
            return segment
        new = self.document.set_target(segment_id, text)
        self._queue(new)
        self.recheck(segment_id)
        self.segmentChanged.emit(segment_id)
        return new

    def set_status(self, segment_id: int, status: SegmentStatus) -> Segment:
        new = self.document[segment_id].with_status(status)
        self.document.replace(new)
        self._queue(new)
        self.flush()  # a confirmation is saved at once
        self.segmentChanged.emit(segment_id)
        return new

    def revert_to_mt(self, segment_id: int) -> Segment:
        segment = self.document[segment_id]
        return self.set_target(segment_id, segment.mt)

    def apply_batch(self, changes: list[tuple[int, str]]) -> int:
        """Several targets at once (find and replace): one undo step, saved at once."""
        batch = []
        for segment_id, text in changes:
            old = self.document[segment_id]
            if old.target == text:
                continue
            batch.append(Change(segment_id, old.target, old.status, text))
            self._queue(self.document.set_target(segment_id, text))
            self.recheck(segment_id)
        if batch:
            self._batches.append(batch)
            self.flush()
            for change in batch:
                self.segmentChanged.emit(change.segment)
        return len(batch)

    def can_undo_batch(self) -> bool:
        return bool(self._batches)

    def undo_batch(self) -> int:
        """Undo the last find-and-replace as one step."""
        if not self._batches:
            return 0
        batch = self._batches.pop()
        for change in batch:
            self._queue(self.document.set_target(change.segment, change.old_target, change.old_status))
            self.recheck(change.segment)
        self.flush()
        for change in batch:
            self.segmentChanged.emit(change.segment)
        self.batchUndone.emit()
        return len(batch)

    # -- saving ------------------------------------------------------------------------

    @property
    def saved(self) -> bool:
        return not self._pending

    def _queue(self, segment: Segment) -> None:
        was_saved = not self._pending
        self._pending[segment.id] = segment
        self._timer.start()
        if was_saved:
            self.saveStateChanged.emit(False)

    def flush(self) -> None:
        """Write every pending change now, in one transaction, and the effort logs."""
        self._timer.stop()
        save_logs(self.store, self.effort.take_dirty())
        if not self._pending:
            return
        segments = list(self._pending.values())
        self.store.save_segments(segments)  # stored annotations follow the edits
        self._pending.clear()
        self.saveStateChanged.emit(True)
        moved = reload_annotations(self.store, self.review, [segment.id for segment in segments])
        for segment_id in sorted(moved):
            self.reviewChanged.emit(segment_id)  # what the file holds is what is shown

    def close(self) -> None:
        """Save and close the project file. Timers are stopped and the document let go: a
        closed session may be garbage-collected on any thread, and a live Qt timer must never
        be destroyed away from its own."""
        self.effort.leave()
        self.flush()
        self._metrics_timer.stop()
        if self._update_stats in self.document.observers:
            self.document.unsubscribe(self._update_stats)
        self.store.close()
