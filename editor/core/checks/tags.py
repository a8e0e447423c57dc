"""Inline tags of bilingual files (tag tokens, see editor.core.formats.inline): every tag of the
source must be in the target, once, and pairs must nest as they open."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from editor.core.checks.base import Check, CheckContext, Issue, Severity
from editor.core.checks.registry import register
from editor.core.formats.inline import balance_errors, has_tokens, tokens
from editor.core.model import Segment


@register
class TagMismatchCheck(Check):
    id = "tag_mismatch"
    name = "Tag mismatch"
    description = (
        "Inline tags and placeholders of the source missing, doubled or added in the target, "
        "or tag pairs that no longer nest."
    )
    severity = Severity.ERROR
    category = "Fluency/Other"
    uses_tokens = True  # sees tag tokens; every other check sees them masked

    def check(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        if not (has_tokens(segment.source) or has_tokens(segment.target)):
            return
        source = Counter(t.text for t in tokens(segment.source))
        target_tokens = tokens(segment.target)
        target = Counter(t.text for t in target_tokens)
        seen: Counter[str] = Counter()
        for token in target_tokens:
            seen[token.text] += 1
            if seen[token.text] > source[token.text]:
                what = "not in the source" if not source[token.text] else "more often than in the source"
                yield self.issue(segment, context, token.start, token.end, f"Tag {token.text} is {what}")
        missing = [text for text, count in source.items() if target[text] < count]
        if missing and segment.target:
            end = len(segment.target)
            yield self.issue(
                segment,
                context,
                max(0, end - 1),
                end,
                f"Tag{'s' if len(missing) > 1 else ''} of the source missing here: {' '.join(missing)}",
            )
        if not missing and target == source:
            for problem in balance_errors(segment.target):
                yield self.issue(
                    segment,
                    context,
                    0,
                    min(len(segment.target), 1),
                    f"Tags out of order: {problem}",
                    severity=Severity.WARNING,
                )
