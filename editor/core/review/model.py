"""Review annotations and ratings, kept in the project file.

An annotation is a span of a segment's target (or source, for omissions) with an MQM category,
a severity, a note and the rater who made it. A rating says that a rater reviewed a segment,
with an optional 0-100 score (ESA); a rater who rated a segment and annotated nothing found it
clean (WMT's "No-error" row). ``seq`` orders everything as it was imported or made, so an MQM
TSV is written back row for row.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any, Literal

from editor.core.checks.base import Issue
from editor.core.errors import UsageError
from editor.core.review.typology import MqmSeverity, Weights
from editor.core.spans import TextEdit, follow_span
from editor.core.store import ProjectStore

log = logging.getLogger(__name__)

# "segment": the annotation covers the whole segment and marks no span (e.g. Non-translation).
ReviewSide = Literal["target", "source", "segment"]


@dataclass(frozen=True, slots=True)
class Annotation:
    segment: int
    rater: str
    start: int
    end: int
    category: str
    severity: MqmSeverity
    comment: str = ""
    side: ReviewSide = "target"
    origin: str = ""  # "" made by hand, "import", or "check:<id>" for an accepted QA issue
    seq: int = 0
    id: int | None = None

    def with_(self, **changes: object) -> Annotation:
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Rating:
    segment: int
    rater: str
    score: float | None = None  # ESA 0-100, when given
    seq: int = 0
    comment: str = ""


@dataclass
class Review:
    """All annotations and ratings of a project, by segment."""

    annotations: dict[int, list[Annotation]]
    ratings: dict[int, dict[str, Rating]]
    # QA issues offered as pre-filled annotations: (segment, check, fingerprint) -> accepted
    suggestions: dict[tuple[int, str, str], bool]

    @classmethod
    def empty(cls) -> Review:
        return cls({}, {}, {})

    @classmethod
    def of_imported(cls, annotations: Iterable[Annotation], ratings: Iterable[Rating]) -> Review:
        """A review held in memory (an MQM TSV read without a project)."""
        review = cls.empty()
        for annotation in annotations:
            review.annotations.setdefault(annotation.segment, []).append(annotation)
        for rating in ratings:
            review.ratings.setdefault(rating.segment, {})[rating.rater] = rating
        return review

    def of(self, segment_id: int) -> list[Annotation]:
        return self.annotations.get(segment_id, [])

    def raters(self) -> list[str]:
        names = {a.rater for found in self.annotations.values() for a in found}
        names.update(r for rated in self.ratings.values() for r in rated)
        return sorted(names)

    def next_seq(self) -> int:
        seqs = [a.seq for found in self.annotations.values() for a in found]
        seqs += [r.seq for rated in self.ratings.values() for r in rated.values()]
        return max(seqs, default=0) + 1

    def decisions(self) -> dict[str, tuple[int, int]]:
        """Per check: how many of its pre-filled annotations were accepted and rejected."""
        counts: dict[str, tuple[int, int]] = {}
        for (_, check_id, _), accepted in self.suggestions.items():
            yes, no = counts.get(check_id, (0, 0))
            counts[check_id] = (yes + 1, no) if accepted else (yes, no + 1)
        return counts

    def precision(self, check_id: str) -> float | None:
        """Share of a check's pre-filled annotations that reviewers accepted (its precision)."""
        accepted, rejected = self.decisions().get(check_id, (0, 0))
        return accepted / (accepted + rejected) if accepted + rejected else None

    def decided(self, segment_id: int, check_id: str, fingerprint: str) -> bool:
        return (segment_id, check_id, fingerprint) in self.suggestions


def validate(annotation: Annotation, text: str) -> None:
    """Raise ValueError when the span does not fit the text it marks."""
    if annotation.side != "segment" and not 0 <= annotation.start <= annotation.end <= len(text):
        raise ValueError(
            f"span {annotation.start}-{annotation.end} outside the {annotation.side} text "
            f"({len(text)} characters)"
        )
    if not annotation.category:
        raise ValueError("an annotation needs a category")


def config_value(value: float, what: str) -> float:
    """``value`` if it can be a Critical weight or a pass threshold: finite and not negative.
    A NaN would make every score NaN (and the JSON report invalid); an infinity, every
    document fail or pass."""
    if not math.isfinite(value) or value < 0:
        raise UsageError(f"{what} must be a finite number, not negative (got {value:g})")
    return value


def load_config(store: ProjectStore) -> tuple[Weights, float | None]:
    """The project's Critical weight and pass threshold (None: the default)."""
    critical = _stored_value(store, "review_critical_weight", "critical weight")
    threshold = _stored_value(store, "review_threshold", "pass threshold")
    weights = Weights(critical=critical) if critical is not None else Weights()
    return weights, threshold


def _stored_value(store: ProjectStore, key: str, what: str) -> float | None:
    """A stored setting, or None for the default; an unusable value (a NaN stored by an earlier
    version) is reported and left out, so the project still opens and scores."""
    text = store.meta(key)
    if not text:
        return None
    try:
        return config_value(float(text), what)
    except (ValueError, UsageError):
        log.warning("%s: the stored %s %r is unusable; the default is used", store.path, what, text)
        return None


def follow_edit(review: Review, segment_id: int, old: str, new: str) -> bool:
    """Move the segment's target annotations (in memory) from ``old`` to ``new``, as
    ``ProjectStore.save_segments`` moves the stored ones; True when one moved."""
    found = review.annotations.get(segment_id)
    if not found or old == new or all(a.side != "target" for a in found):
        return False
    edit = TextEdit.between(old, new)
    moved = False
    for index, annotation in enumerate(found):
        if annotation.side == "target":
            span = follow_span(edit, annotation.start, annotation.end, len(old), len(new))
            if span != (annotation.start, annotation.end):
                found[index] = annotation.with_(start=span[0], end=span[1])
                moved = True
    return moved


def deleted_text(annotation: Annotation) -> bool:
    """True for a target span left empty: the words it marked were deleted by an edit (it
    is kept, at the place they were, and still counts)."""
    return annotation.side == "target" and annotation.start == annotation.end


# -- the project file -------------------------------------------------------------------------

_ANNOTATION_COLUMNS = "id, segment_id, rater, side, start, end, category, severity, comment, origin, seq"


def _annotation(row: tuple[Any, ...]) -> Annotation:
    return Annotation(
        segment=row[1],
        rater=row[2],
        side=row[3],
        start=row[4],
        end=row[5],
        category=row[6],
        severity=MqmSeverity(row[7]),
        comment=row[8],
        origin=row[9],
        seq=row[10],
        id=row[0],
    )


def load_review(store: ProjectStore) -> Review:
    review = Review.empty()
    conn = store.connection
    for row in conn.execute(f"SELECT {_ANNOTATION_COLUMNS} FROM review_annotations ORDER BY seq, id"):
        annotation = _annotation(row)
        review.annotations.setdefault(annotation.segment, []).append(annotation)
    for segment_id, rater, score, seq, comment in conn.execute(
        "SELECT segment_id, rater, score, seq, comment FROM review_ratings ORDER BY seq"
    ):
        review.ratings.setdefault(segment_id, {})[rater] = Rating(segment_id, rater, score, seq, comment)
    for segment_id, check_id, fingerprint, accepted in conn.execute(
        "SELECT segment_id, check_id, fingerprint, accepted FROM review_suggestions"
    ):
        review.suggestions[(segment_id, check_id, fingerprint)] = bool(accepted)
    return review


def reload_annotations(store: ProjectStore, review: Review, segment_ids: Iterable[int]) -> set[int]:
    """Read the segments' annotations again from the project (after their targets were saved
    and the stored spans followed the edit); the ids of the segments whose spans changed."""
    changed = set()
    for segment_id in segment_ids:
        found = review.annotations.get(segment_id)
        if not found:
            continue
        rows = store.connection.execute(
            f"SELECT {_ANNOTATION_COLUMNS} FROM review_annotations WHERE segment_id = ? ORDER BY seq, id",
            (segment_id,),
        )
        stored = [_annotation(row) for row in rows]
        if stored != found:
            found[:] = stored  # in place: views hold the list
            changed.add(segment_id)
    return changed


def save_annotation(store: ProjectStore, review: Review, annotation: Annotation) -> Annotation:
    """Insert or update one annotation (one transaction); the rater's rating is recorded too."""
    if annotation.seq == 0:
        annotation = annotation.with_(seq=review.next_seq())
    values = (
        annotation.segment,
        annotation.rater,
        annotation.side,
        annotation.start,
        annotation.end,
        annotation.category,
        annotation.severity.value,
        annotation.comment,
        annotation.origin,
        annotation.seq,
        time.time(),
    )
    with store.transaction() as conn:
        if annotation.id is None:
            cursor = conn.execute(
                "INSERT INTO review_annotations (segment_id, rater, side, start, end, category, "
                "severity, comment, origin, seq, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                values,
            )
            annotation = annotation.with_(id=cursor.lastrowid)
        else:
            conn.execute(
                "UPDATE review_annotations SET segment_id = ?, rater = ?, side = ?, start = ?, "
                "end = ?, category = ?, severity = ?, comment = ?, origin = ?, seq = ?, modified = ? "
                "WHERE id = ?",
                (*values, annotation.id),
            )
        _ensure_rating(conn, review, annotation.segment, annotation.rater)
    found = review.annotations.setdefault(annotation.segment, [])
    found[:] = [a for a in found if a.id != annotation.id] + [annotation]
    found.sort(key=lambda a: (a.seq, a.id or 0))
    return annotation


def delete_annotation(store: ProjectStore, review: Review, annotation: Annotation) -> None:
    with store.transaction() as conn:
        conn.execute("DELETE FROM review_annotations WHERE id = ?", (annotation.id,))
    found = review.annotations.get(annotation.segment, [])
    found[:] = [a for a in found if a.id != annotation.id]


def set_rating(
    store: ProjectStore, review: Review, segment_id: int, rater: str, score: float | None
) -> Rating:
    """Record that ``rater`` reviewed the segment, with an optional 0-100 score."""
    if score is not None and not 0 <= score <= 100:
        raise ValueError(f"a segment rating is 0-100, not {score}")
    previous = review.ratings.get(segment_id, {}).get(rater)
    rating = Rating(
        segment_id,
        rater,
        score,
        previous.seq if previous else review.next_seq(),
        previous.comment if previous else "",
    )
    with store.transaction() as conn:
        conn.execute(
            "INSERT OR REPLACE INTO review_ratings (segment_id, rater, score, seq, comment) "
            "VALUES (?, ?, ?, ?, ?)",
            (segment_id, rater, score, rating.seq, rating.comment),
        )
    review.ratings.setdefault(segment_id, {})[rater] = rating
    return rating


def record_decision(
    store: ProjectStore, review: Review, segment_id: int, check_id: str, fingerprint: str, accepted: bool
) -> None:
    """A reviewer accepted (or rejected) a QA issue offered as a pre-filled annotation."""
    with store.transaction() as conn:
        conn.execute(
            "INSERT OR REPLACE INTO review_suggestions (segment_id, check_id, fingerprint, accepted) "
            "VALUES (?, ?, ?, ?)",
            (segment_id, check_id, fingerprint, int(accepted)),
        )
    review.suggestions[(segment_id, check_id, fingerprint)] = accepted


def save_imported(store: ProjectStore, annotations: Iterable[Annotation], ratings: Iterable[Rating]) -> None:
    """Write the annotations and ratings of an imported file (one transaction)."""
    with store.transaction() as conn:
        conn.executemany(
            "INSERT INTO review_annotations (segment_id, rater, side, start, end, category, severity, "
            "comment, origin, seq, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)",
            [
                (
                    a.segment,
                    a.rater,
                    a.side,
                    a.start,
                    a.end,
                    a.category,
                    a.severity.value,
                    a.comment,
                    a.origin,
                    a.seq,
                )
                for a in annotations
            ],
        )
        conn.executemany(
            "INSERT OR REPLACE INTO review_ratings (segment_id, rater, score, seq, comment) "
            "VALUES (?, ?, ?, ?, ?)",
            [(r.segment, r.rater, r.score, r.seq, r.comment) for r in ratings],
        )


def _ensure_rating(conn: object, review: Review, segment_id: int, rater: str) -> None:
    if rater in review.ratings.get(segment_id, {}):
        return
    rating = Rating(segment_id, rater, None, review.next_seq())
    conn.execute(  # type: ignore[attr-defined]
        "INSERT OR IGNORE INTO review_ratings (segment_id, rater, score, seq) VALUES (?, ?, ?, ?)",
        (segment_id, rater, None, rating.seq),
    )
    review.ratings.setdefault(segment_id, {})[rater] = rating


# QA severities as MQM severities when a finding becomes a pre-filled annotation.
_FROM_QA = {"error": MqmSeverity.MAJOR, "warning": MqmSeverity.MINOR, "info": MqmSeverity.MINOR}


def from_issue(issue: Issue, rater: str) -> Annotation:
    """A QA finding as a pre-filled annotation: its span, its mapped category, a severity."""
    side: ReviewSide = "source" if issue.side == "source" else "target"
    return Annotation(
        segment=issue.segment,
        rater=rater,
        start=issue.start,
        end=issue.end,
        category=issue.category,
        severity=_FROM_QA[issue.severity.value],
        comment=issue.message,
        side=side,
        origin=f"check:{issue.check}",
    )
