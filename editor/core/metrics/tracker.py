"""Metrics of a whole document, kept current as segments are edited (O(1) per edit)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from editor.core.metrics.scores import SegmentScores, Totals, scores_for
from editor.core.model import Document, Segment

# Sentence BLEU on a short segment swings wildly (sacrebleu's maintainers advise against reading
# it at all); below this many reference tokens a segment's BLEU is marked unreliable.
BLEU_RELIABLE_TOKENS = 10


@dataclass(frozen=True, slots=True)
class SegmentFigures:
    id: int
    edited: bool
    chars_edit_distance: int
    chars_edit_ratio: float
    words_edit_distance: int
    hter: float
    chrf: float
    bleu: float
    bleu_reliable: bool

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "edited": self.edited,
            "chars_edit_distance": self.chars_edit_distance,
            "chars_edit_ratio": round(self.chars_edit_ratio, 4),
            "words_edit_distance": self.words_edit_distance,
            "hter": round(self.hter, 2),
            "chrf": round(self.chrf, 2),
            "bleu": round(self.bleu, 2),
            "bleu_reliable": self.bleu_reliable,
        }


@dataclass(frozen=True, slots=True)
class DocumentFigures:
    segments: int
    edited_segments: int
    hter: float
    chrf: float
    bleu: float
    chars_edit_distance: int
    chars_edit_ratio: float
    words_edit_distance: int

    def as_dict(self) -> dict[str, object]:
        return {
            "segments": self.segments,
            "edited_segments": self.edited_segments,
            "hter": round(self.hter, 2),
            "chrf": round(self.chrf, 2),
            "bleu": round(self.bleu, 2),
            "chars_edit_distance": self.chars_edit_distance,
            "chars_edit_ratio": round(self.chars_edit_ratio, 4),
            "words_edit_distance": self.words_edit_distance,
        }


class MetricsTracker:
    """Per-segment scores and their totals; subscribe ``update`` to the document's edits."""

    def __init__(self, document: Document, progress: Callable[[int, int], bool] | None = None) -> None:
        self._scores: dict[int, SegmentScores] = {}
        self.totals = Totals()
        self.edited = 0
        total = len(document)
        for done, segment in enumerate(document, 1):
            self._put(segment)
            if progress is not None and done % 1000 == 0 and not progress(done, total):
                raise InterruptedError("metrics cancelled")

    def _put(self, segment: Segment) -> None:
        scores = scores_for(segment.mt, segment.target)
        self._scores[segment.id] = scores
        self.totals.add(scores)
        self.edited += scores.chars_distance > 0  # the target differs from the MT

    def update(self, old: Segment, new: Segment) -> None:
        """One segment changed: one subtraction, one addition (fits ``Document.subscribe``)."""
        if old.target != new.target or old.mt != new.mt:
            self.refresh(new)

    def refresh(self, segment: Segment) -> None:
        """Re-score one segment from its current text (the stored scores are subtracted)."""
        previous = self._scores.pop(segment.id)
        self.totals.add(previous, -1)
        self.edited -= previous.chars_distance > 0
        self._put(segment)

    def segment(self, segment: Segment) -> SegmentFigures:
        scores = self._scores[segment.id]
        return SegmentFigures(
            id=segment.id,
            edited=segment.edited,
            chars_edit_distance=scores.chars_distance,
            chars_edit_ratio=scores.chars_ratio,
            words_edit_distance=scores.words_distance,
            hter=scores.hter,
            chrf=scores.chrf_score(),
            bleu=scores.bleu_score(),
            bleu_reliable=scores.bleu[1] >= BLEU_RELIABLE_TOKENS,
        )

    def scores(self, segment_id: int) -> SegmentScores:
        return self._scores[segment_id]

    def document(self) -> DocumentFigures:
        totals = self.totals
        return DocumentFigures(
            segments=len(self._scores),
            edited_segments=self.edited,
            hter=totals.hter(),
            chrf=totals.chrf_score(),
            bleu=totals.bleu_score(),
            chars_edit_distance=totals.chars_distance,
            chars_edit_ratio=totals.chars_ratio,
            words_edit_distance=totals.words_distance,
        )
