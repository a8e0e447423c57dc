"""ESA (Error Span Annotation, Kocmi et al. 2024) as JSON: per segment and rater, the error
spans with their severity and the 0-100 score."""

from __future__ import annotations

import json

from editor.core.model import Document
from editor.core.review.model import Review
from editor.core.review.typology import MqmSeverity

# ESA knows two severities; MQM's are folded onto them.
_ESA_SEVERITY = {
    MqmSeverity.NEUTRAL: "minor",
    MqmSeverity.MINOR: "minor",
    MqmSeverity.MAJOR: "major",
    MqmSeverity.CRITICAL: "major",
}


def esa_data(document: Document, review: Review) -> dict[str, object]:
    items = []
    for segment in document:
        for rater, rating in sorted(review.ratings.get(segment.id, {}).items()):
            errors = [
                {
                    "start": a.start,
                    "end": a.end,
                    "side": a.side,
                    "text": (segment.source if a.side == "source" else segment.target)[a.start : a.end]
                    if a.side != "segment"
                    else "",
                    "severity": _ESA_SEVERITY[a.severity],
                    "mqm_severity": a.severity.value,
                    "category": a.category,
                    "note": a.comment,
                }
                for a in review.of(segment.id)
                if a.rater == rater
            ]
            items.append(
                {
                    "segment": segment.id,
                    "rater": rater,
                    "source": segment.source,
                    "target": segment.target,
                    "score": rating.score,
                    "errors": errors,
                }
            )
    return {
        "version": 1,
        "protocol": "ESA",
        "languages": {"source": document.source_lang, "target": document.target_lang},
        "items": items,
    }


def render_esa_json(document: Document, review: Review) -> bytes:
    return (
        json.dumps(esa_data(document, review), ensure_ascii=False, indent=1, allow_nan=False) + "\n"
    ).encode("utf-8")
