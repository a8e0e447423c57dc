"""repeated_word: the same word twice in a row ("die die"), but not "die, die"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from editor.core.checks.base import Check, CheckContext, Fix, Issue, Severity
from editor.core.checks.registry import register
from editor.core.langdata import language
from editor.core.model import Segment

_TWICE = re.compile(r"(?<![\w'’-])([^\W\d_]+(?:['’-][^\W\d_]+)*)([ \t\u00a0]+)(\1)(?![\w'’-])", re.IGNORECASE)


@register
class RepeatedWordCheck(Check):
    id = "repeated_word"
    name = "Repeated word"
    description = "The same word twice in a row with only a space between (not across punctuation)."
    severity = Severity.WARNING
    category = "Fluency/Grammar"

    def check(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        words = segment.target.casefold().split()
        if not any(a == b for a, b in zip(words, words[1:], strict=False)):
            return  # no word twice in a row: the common case, decided at C speed
        if _TWICE.search(segment.source):
            return  # the author repeats a word too ("bye bye"): a faithful echo
        allowed = language(context.target_lang).repeatable_words
        target = segment.target
        for m in _TWICE.finditer(target):
            if m.group(1).casefold() in allowed or _opens_clause(target, m.start()):
                # The language allows it ("had had"), or a clause starts with the word
                # (German ", die die Amerikaner …").
                continue
            yield self.issue(
                segment,
                context,
                m.start(),
                m.end(),
                f"'{m.group(1)}' is repeated",
                fix=Fix(m.start(), m.end(), m.group(1)),
            )


def _opens_clause(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return bool(before) and before[-1] in ",;:(–—"
