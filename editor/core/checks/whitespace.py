"""Whitespace checks: doubled spaces, leading and trailing whitespace."""

from __future__ import annotations

import re
from collections.abc import Iterator

from editor.core.checks.base import Check, CheckContext, Fix, Issue, Severity
from editor.core.checks.registry import register
from editor.core.model import Segment

_INNER_RUN = re.compile(r"(?<=\S)[ \t\u00a0]{2,}(?=\S)")
_TWO = re.compile(r"[ \t\u00a0]{2}")  # what an inner run needs
# A report's line: a short label, its colon, spaces, and the placeholder of its value to the
# line's end ("Blocks per segment:      %u"). The spaces line the values up in a column, as
# translations of such reports do.
_PADDED = re.compile(r"^[ \t]*[^\n:]{1,50}:(?P<pad>[ \t\u00a0]{2,})[%{]\S*[ \t]*$", re.MULTILINE)
_LEADING = re.compile(r"^\s+")
_TRAILING = re.compile(r"\s+$")


@register
class WhitespaceCheck(Check):
    id = "whitespace"
    name = "Whitespace"
    description = (
        "Double spaces inside the text, and whitespace at its start or end, unless the source has them too."
    )
    severity = Severity.WARNING
    category = "Fluency/Punctuation"

    def check(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        text = segment.target
        if not (text[:1].isspace() or text[-1:].isspace() or _inner_gap(text)):
            return  # a few C-level searches rule out most segments
        source = segment.source
        # Runs of spaces in the source are layout (aligned columns, indented help text): the
        # translation keeps them, so only a source without any makes a target's run a slip.
        if not _INNER_RUN.search(source):
            padding = {m.start("pad") for m in _PADDED.finditer(text)} if ":" in text else set()
            for match in _INNER_RUN.finditer(text):
                if match.start() in padding:
                    continue
                yield self.issue(
                    segment,
                    context,
                    match.start(),
                    match.end(),
                    "More than one space between words",
                    fix=Fix(match.start(), match.end(), " "),
                )
        if not text.strip():
            return
        for pattern, where in ((_LEADING, "start"), (_TRAILING, "end")):
            edge = pattern.search(text)
            if edge is None or edge.end() == edge.start():
                continue
            theirs = pattern.search(source) if source.strip() else None
            expected = theirs.group() if theirs else ""
            if edge.group() == expected:
                continue  # the source's own (a message ending in a newline, an indent)
            message = (
                f"Whitespace at the {where} of the segment"
                if not expected
                else f"Whitespace at the {where} differs from the source's"
            )
            yield self.issue(
                segment,
                context,
                edge.start(),
                edge.end(),
                message,
                fix=Fix(edge.start(), edge.end(), expected),
            )


def _inner_gap(text: str) -> bool:
    """Whether ``text`` has two blanks in a row (``_TWO``), the ``in`` tests first: without a
    tab or a no-break space two blanks are two spaces, and substring searches run far faster
    than the regex's scan of every character."""
    return ("  " in text or "\t" in text or "\u00a0" in text) and _TWO.search(text) is not None
