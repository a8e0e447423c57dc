"""Review: the MQM typology and weights, annotations and ratings in the project, scores."""

from editor.core.review.model import (
    Annotation,
    Rating,
    Review,
    ReviewSide,
    delete_annotation,
    from_issue,
    load_config,
    load_review,
    record_decision,
    save_annotation,
    save_imported,
    set_rating,
    validate,
)
from editor.core.review.scoring import DEFAULT_THRESHOLD, DocumentScore, ScoreReport, SegmentScore, score
from editor.core.review.typology import (
    CATEGORIES,
    CATEGORY_NAMES,
    NO_ERROR,
    NON_TRANSLATION,
    MqmSeverity,
    Weights,
)

__all__ = [
    "CATEGORIES",
    "CATEGORY_NAMES",
    "DEFAULT_THRESHOLD",
    "NO_ERROR",
    "NON_TRANSLATION",
    "Annotation",
    "DocumentScore",
    "MqmSeverity",
    "Rating",
    "Review",
    "ReviewSide",
    "ScoreReport",
    "SegmentScore",
    "Weights",
    "delete_annotation",
    "from_issue",
    "load_config",
    "load_review",
    "record_decision",
    "save_annotation",
    "save_imported",
    "score",
    "set_rating",
    "validate",
]
