"""One term spelled two ways in a document, and one source sentence translated two ways."""

from __future__ import annotations

from collections.abc import Iterator

from editor.core.checks.base import Check, CheckContext, Fix, Issue, Severity
from editor.core.checks.registry import register
from editor.core.checks.stats_address import address_stats
from editor.core.checks.stats_terms import term_stats, term_variant
from editor.core.model import Segment

_QUOTE_LIMIT = 60  # characters of the other translation shown in the message


@register
class InconsistentTermCheck(Check):
    id = "inconsistent_term"
    name = "Inconsistent term"
    description = (
        "A word spelled differently elsewhere in the document (hyphenation, capitals inside "
        "the word), or a source sentence that is translated differently elsewhere."
    )
    severity = Severity.WARNING
    category = "Terminology/Inconsistent use of terminology"

    def check(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        terms = term_stats(context.stats)
        if terms is None or not segment.target.strip():
            return
        for match in terms.inconsistent_words(segment.target):
            word = match.group()
            variants = terms.variants_of(word)
            mine = term_variant(word)
            count = variants.get(mine, 0)
            if not count or word in segment.source:
                # Not a counted spelling (words apart in lowercase are no term), or the
                # source's own (a command, a name): kept as written, not a variant.
                continue
            others = [(n, v) for v, n in variants.items() if v != mine]
            top_count, top = max(others)
            if top_count < count:
                continue  # this spelling is the document's usual one
            usual = _cased(top, word)
            fix = Fix(match.start(), match.end(), usual) if top_count > count else None
            yield self.issue(
                segment,
                context,
                match.start(),
                match.end(),
                f"Spelled '{usual}' elsewhere in the document ({top_count}x, here {count}x)",
                fix=fix,
            )
        address = address_stats(context.stats)
        if address is not None:
            for start, end, message in address.slips(segment):
                yield self.issue(segment, context, start, end, message)
        other = terms.other_translation(segment)
        if other is not None:
            text, count, own = other
            shown = text if len(text) <= _QUOTE_LIMIT else text[:_QUOTE_LIMIT] + "…"
            yield self.issue(
                segment,
                context,
                0,
                len(segment.target),
                f"The same source sentence is translated differently elsewhere: '{shown}'",
                severity=Severity.INFO if own == count else Severity.WARNING,
            )


def _cased(variant: str, word: str) -> str:
    """The usual spelling with this occurrence's first letter case (sentence starts)."""
    if word[:1].isupper():
        if word.startswith("IJ") and variant.startswith("ij"):
            return "IJ" + variant[2:]  # Dutch "IJ", one letter
        return variant[:1].upper() + variant[1:]
    return variant
