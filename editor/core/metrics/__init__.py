"""Post-editing metrics: edit distances, HTER, chrF, BLEU per segment and for the document."""

from editor.core.metrics.scores import SegmentScores, Totals, scores_for
from editor.core.metrics.tracker import DocumentFigures, MetricsTracker, SegmentFigures

__all__ = [
    "DocumentFigures",
    "MetricsTracker",
    "SegmentFigures",
    "SegmentScores",
    "Totals",
    "scores_for",
]
