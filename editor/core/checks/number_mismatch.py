"""Numbers of the source that are missing or changed in the target, compared by value."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from editor.core.checks.base import Check, CheckContext, Fix, Issue, Severity
from editor.core.checks.numparse import Number, numbers, render
from editor.core.checks.registry import register
from editor.core.checks.stats_terms import term_stats
from editor.core.langdata import language
from editor.core.model import Segment

_SPLIT_WINDOW = 40  # characters between "vier" and "Millionen" that still read as one number


def _pair(source: Sequence[Number], target: Sequence[Number]) -> tuple[list[Number], list[Number]]:
    """Match numbers by value, in order; returns the unmatched of each side."""
    free = list(target)
    missing: list[Number] = []
    for number in source:
        for i, candidate in enumerate(free):
            if number.matches(candidate):
                del free[i]
                break
        else:
            missing.append(number)
    return missing, free


def _split(number: Number, extra: list[Number]) -> tuple[Number, Number] | None:
    """A scaled source number whose parts turn up apart in the target ("vier ... Millionen")."""
    if not number.scaled:
        return None
    for scale in extra:
        if not scale.bare_scale:
            continue
        for part in extra:
            if part is scale or not (0 < scale.start - part.end <= _SPLIT_WINDOW):
                continue
            if any(abs(p * s - v) < 1e-6 for p in part.values for s in scale.values for v in number.values):
                return part, scale
    return None


@register
class NumberMismatchCheck(Check):
    id = "number_mismatch"
    name = "Number mismatch"
    description = (
        "A number of the source is missing from the translation or has a different value "
        "(formats, number words and scale words of each language are read by value)."
    )
    severity = Severity.ERROR
    category = "Accuracy/Mistranslation"

    def check(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        if not segment.source.strip() or not segment.target.strip():
            return
        source = numbers(segment.source, context.source_lang)
        if not source:
            return
        target = numbers(segment.target, context.target_lang)
        missing, extra = _pair(source, target)
        if not missing:
            return
        extra = [n for n in extra if not (n.weak and 1 in n.values)]
        rest: list[Number] = []
        for number in missing:
            split = _split(number, extra)
            if split is None:
                rest.append(number)
                continue
            extra.remove(split[0])
            extra.remove(split[1])
            yield self.issue(
                segment,
                context,
                split[0].start,
                split[1].end,
                f"'{number.text}' in the source is broken up here",
                source_span=(number.start, number.end),
            )
        yield from self._changed_or_missing(segment, context, rest, extra)

    def _changed_or_missing(
        self, segment: Segment, context: CheckContext, missing: list[Number], extra: list[Number]
    ) -> Iterator[Issue]:
        candidates = list(extra)
        for number in missing:
            if number.weak or _in_neighbours(number, segment, context):
                continue
            counterpart = _nearest(number, segment, candidates)
            if counterpart is not None:
                candidates.remove(counterpart)
                rendered = render(number, language(context.source_lang), language(context.target_lang))
                fix = (
                    Fix(counterpart.start, counterpart.end, rendered)
                    if rendered and counterpart.digits and not counterpart.scaled
                    else None
                )
                yield self.issue(
                    segment,
                    context,
                    counterpart.start,
                    counterpart.end,
                    f"'{counterpart.text}' where the source has '{number.text}'",
                    fix=fix,
                    source_span=(number.start, number.end),
                )
            else:
                yield self.issue(
                    segment,
                    context,
                    number.start,
                    number.end,
                    f"'{number.text}' of the source is missing from the translation",
                    side="source",
                    source_span=(number.start, number.end),
                    severity=Severity.WARNING,
                )


def _nearest(number: Number, segment: Segment, extra: list[Number]) -> Number | None:
    """The unmatched target number at the most similar relative position."""
    if not extra:
        return None
    where = number.start / max(1, len(segment.source))
    return min(extra, key=lambda n: abs(n.start / max(1, len(segment.target)) - where))


def _in_neighbours(number: Number, segment: Segment, context: CheckContext) -> bool:
    """Whether the number sits in another target sentence of the same paragraph: the
    aligner then put it across a sentence boundary, which is not a translation error."""
    terms = term_stats(context.stats)
    if terms is None:
        return False
    for other in terms.neighbours(segment):
        if any(number.matches(n) for n in numbers(other.target, context.target_lang)):
            return True
    return False
