"""length_ratio: a target far longer or shorter than the document's usual ratio suggests."""

from __future__ import annotations

from collections.abc import Iterator

from editor.core.checks.base import Check, CheckContext, Issue, Severity
from editor.core.checks.registry import register
from editor.core.checks.stats import DocumentStats, measure
from editor.core.model import Segment

_MIN_SOURCE = 40  # characters: shorter sentences vary too much in length to judge
_FACTOR = 2.0  # flagged when the length is off by more than this factor either way


@register
class LengthRatioCheck(Check):
    id = "length_ratio"
    name = "Length ratio"
    description = (
        "A target far shorter (a hint of omission) or far longer (a hint of addition or "
        "hallucination) than the source, measured against this document's usual ratio (wide "
        "characters such as Chinese ones count twice); an empty target for a source with text."
    )
    severity = Severity.WARNING
    category = "Accuracy/Omission"

    def check(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        source, target = segment.source.strip(), segment.target.strip()
        if source and not target:
            yield self.issue(segment, context, 0, len(segment.target), "The target is empty")
            return
        ratio = _document_ratio(context)
        if ratio is None or len(source) < _MIN_SOURCE or not target:
            return
        expected = measure(context.source_lang)(source) * ratio
        actual = measure(context.target_lang)(target)
        if actual * _FACTOR < expected:
            what = f"much shorter than expected ({actual} characters for about {expected:.0f})"
            hint = "something may be left out"
        elif actual > expected * _FACTOR:
            what = f"much longer than expected ({actual} characters for about {expected:.0f})"
            hint = "something may have been added"
        else:
            return
        yield self.issue(segment, context, 0, len(segment.target), f"The target is {what}: {hint}")


def _document_ratio(context: CheckContext) -> float | None:
    stats = context.stats
    return stats.lengths.ratio if isinstance(stats, DocumentStats) else None
