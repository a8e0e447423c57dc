"""Paragraph breaks the translation lost: two paragraphs of the source run into one of its own.

When a pair's files have different numbers of paragraphs, the import matches them by alignment
and two source paragraphs may share one target paragraph. Where the second of them starts, the
source has a blank line between two sentences and the translation goes on in the same paragraph:
the break was lost and the exported article would lose it too. The segments' places in their
files say so (a blank line is two lines apart); they never change when the target is edited,
so the places are read once, as the document statistics are counted, segment after segment.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from editor.core.model import Segment

# The flagged text: the first word of the segment's translation (with any mark glued to it).
_FIRST = re.compile(r"\s*(\S+)")


class _Place(NamedTuple):
    id: int
    paragraph: int
    source_line: int  # where the source sentence(s) start and end in the source file
    source_end_line: int
    target_par: int  # the target file paragraph the translation is in


def _place(segment: Segment) -> _Place | None:
    origin = segment.source_origin
    if origin is None or segment.target_origin is None or segment.target_par is None:
        return None
    if not segment.target.strip():
        return None
    return _Place(segment.id, segment.paragraph, origin.line, origin.end_line, segment.target_par)


def _lost(before: _Place | None, after: _Place | None) -> bool:
    """Whether a blank line parts the two segments' sources but not their translations."""
    return (
        before is not None
        and after is not None
        and before.paragraph == after.paragraph
        and before.target_par == after.target_par
        and after.source_line - before.source_end_line >= 2
    )


class BreakStats:
    """The ids of the segments at which a paragraph break of the source was lost.

    Counted segment after segment in document order; counts of consecutive stretches of the
    document (check workers count one each) are merged in order.
    """

    def __init__(self) -> None:
        self.ids: set[int] = set()
        self._first: _Place | None = None
        self._last: _Place | None = None
        self._empty = True

    def add(self, segment: Segment) -> None:
        place = _place(segment)
        if self._empty:
            self._first, self._empty = place, False
        elif _lost(self._last, place):
            self.ids.add(segment.id)
        self._last = place

    def merge(self, other: BreakStats) -> None:
        """Take in the counts of the segments that follow this one's."""
        if other._empty:
            return
        if self._empty:
            self._first, self._empty = other._first, False
        elif _lost(self._last, other._first) and other._first is not None:
            self.ids.add(other._first.id)
        self.ids |= other.ids
        self._last = other._last


def lost_break(segment: Segment, breaks: BreakStats | None) -> tuple[int, int] | None:
    """The span of the translation's first word when its source starts a paragraph that the
    translation does not."""
    if breaks is None or segment.id not in breaks.ids:
        return None
    m = _FIRST.match(segment.target)
    return None if m is None else m.span(1)
