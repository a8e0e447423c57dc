"""MQM scores of segments and of the document, by WMT's rules (docs/CLI.md, ``review score``).

A segment's score: for each rater who rated it, the sum of the weights of that rater's
annotations; then the mean over those raters. Unrated segments score 0 and are not counted
as reviewed. The document's score is the sum over segments; per segment, their mean (WMT's
system-level figure); per 1000 source words, for a pass threshold. Lower is better.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from editor.core.model import Document
from editor.core.review.model import Review
from editor.core.review.typology import MqmSeverity, Weights

DEFAULT_THRESHOLD = 25.0  # MQM points per 1000 words above which a document fails
WMT_WEIGHTS = Weights()


@dataclass(frozen=True)
class SegmentScore:
    id: int
    mqm: float
    annotations: int
    raters: int
    rating: float | None  # the mean ESA score of the raters who gave one

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "mqm": round(self.mqm, 4),
            "annotations": self.annotations,
            "rating": None if self.rating is None else round(self.rating, 2),
        }


@dataclass(frozen=True)
class DocumentScore:
    segments: int
    reviewed: int
    words: int
    raters: list[str]
    mqm: float
    threshold: float
    by_category: dict[str, float] = field(default_factory=dict)
    by_severity: dict[str, float] = field(default_factory=dict)
    by_cell: dict[tuple[str, str], float] = field(default_factory=dict)  # (category, severity)

    @property
    def per_segment(self) -> float:
        return self.mqm / self.segments if self.segments else 0.0

    @property
    def per_1000_words(self) -> float:
        return self.mqm * 1000 / self.words if self.words else 0.0

    @property
    def passed(self) -> bool | None:
        """Whether the score is within the threshold; None (not judged) when no segment was
        reviewed: a document nobody read has no errors found, not no errors."""
        if not self.reviewed:
            return None
        return self.per_1000_words <= self.threshold

    @property
    def verdict(self) -> str:
        """'pass', 'fail' or 'not judged', for people."""
        return {True: "pass", False: "fail", None: "not judged"}[self.passed]

    def as_dict(self) -> dict[str, object]:
        return {
            "segments": self.segments,
            "reviewed": self.reviewed,
            "words": self.words,
            "raters": self.raters,
            "mqm": round(self.mqm, 4),
            "mqm_per_segment": round(self.per_segment, 4),
            "mqm_per_1000_words": round(self.per_1000_words, 2),
            "threshold": self.threshold,
            "pass": self.passed,
            "by_category": {k: round(v, 4) for k, v in sorted(self.by_category.items())},
            "by_severity": {k: round(v, 4) for k, v in sorted(self.by_severity.items())},
        }


@dataclass(frozen=True)
class ScoreReport:
    document: DocumentScore
    segments: list[SegmentScore]

    def worst(self, count: int = 20) -> list[SegmentScore]:
        ranked = sorted((s for s in self.segments if s.mqm > 0), key=lambda s: (-s.mqm, s.id))
        return ranked[:count]

    def as_dict(self) -> dict[str, object]:
        return {"document": self.document.as_dict(), "segments": [s.as_dict() for s in self.segments]}


def segment_score(review: Review, segment_id: int, weights: Weights = WMT_WEIGHTS) -> float:
    raters = review.ratings.get(segment_id, {})
    if not raters:
        return 0.0
    totals = dict.fromkeys(raters, 0.0)
    for annotation in review.of(segment_id):
        if annotation.rater in totals:
            totals[annotation.rater] += weights.weight(annotation.category, annotation.severity)
    return sum(totals.values()) / len(totals)


def source_words(document: Document) -> int:
    return sum(len(segment.source.split()) for segment in document)


def score(
    document: Document,
    review: Review,
    weights: Weights = WMT_WEIGHTS,
    threshold: float = DEFAULT_THRESHOLD,
    words: int | None = None,
) -> ScoreReport:
    """Score every segment; ``words`` (the source word count) may be passed in when known."""
    by_category: defaultdict[str, float] = defaultdict(float)
    by_severity: defaultdict[str, float] = defaultdict(float)
    by_cell: defaultdict[tuple[str, str], float] = defaultdict(float)
    segments = []
    total = 0.0
    for segment in document:
        raters = review.ratings.get(segment.id, {})
        annotations = [a for a in review.of(segment.id) if a.rater in raters]
        mqm = segment_score(review, segment.id, weights)
        total += mqm
        for annotation in annotations:
            # Each rater's points count 1/raters, so the breakdown sums to the document score.
            points = weights.weight(annotation.category, annotation.severity) / len(raters)
            by_category[annotation.category] += points
            by_severity[annotation.severity.value] += points
            by_cell[(annotation.category, annotation.severity.value)] += points
        scores = [r.score for r in raters.values() if r.score is not None]
        segments.append(
            SegmentScore(
                id=segment.id,
                mqm=mqm,
                annotations=len(annotations),
                raters=len(raters),
                rating=sum(scores) / len(scores) if scores else None,
            )
        )
    if words is None:
        words = source_words(document)
    doc = DocumentScore(
        segments=len(document),
        reviewed=sum(1 for s in segments if s.raters),
        words=words,
        raters=review.raters(),
        mqm=total,
        threshold=threshold,
        by_category=dict(by_category),
        by_severity=dict(by_severity),
        by_cell=dict(by_cell),
    )
    return ScoreReport(doc, segments)


__all__ = ["DEFAULT_THRESHOLD", "DocumentScore", "MqmSeverity", "ScoreReport", "SegmentScore", "score"]
