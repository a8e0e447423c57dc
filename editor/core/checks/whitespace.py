"""Whitespace checks: doubled spaces, leading and trailing whitespace."""

from __future__ import annotations

import re
from collections.abc import Iterator

from editor.core.checks.base import Check, CheckContext, Fix, Issue, Severity
from editor.core.checks.registry import register
from editor.core.model import Segment

_INNER_RUN = re.compile(r"(?<=\S)[ \t\u00a0]{2,}(?=\S)")
_TWO = re.compile(r"[ \t\u00a0]{2}")  # what an inner run needs; starts with a set, so scanned fast
_LEADING = re.compile(r"^\s+")
_TRAILING = re.compile(r"\s+$")


@register
class WhitespaceCheck(Check):
    id = "whitespace"
    name = "Whitespace"
    description = "Double spaces inside the text, and whitespace at its start or end."
    severity = Severity.WARNING
    category = "Fluency/Punctuation"

    def check(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        text = segment.target
        if not (text[:1].isspace() or text[-1:].isspace() or _TWO.search(text)):
            return  # one C-level scan rules out most segments
        for match in _INNER_RUN.finditer(text):
            yield self.issue(
                segment,
                context,
                match.start(),
                match.end(),
                "More than one space between words",
                fix=Fix(match.start(), match.end(), " "),
            )
        for pattern, where in ((_LEADING, "start"), (_TRAILING, "end")):
            edge = pattern.search(text)
            if edge and edge.end() > edge.start() and text.strip():
                yield self.issue(
                    segment,
                    context,
                    edge.start(),
                    edge.end(),
                    f"Whitespace at the {where} of the segment",
                    fix=Fix(edge.start(), edge.end(), ""),
                )
