"""Where an issue is in a file: segment offsets mapped to line and column, both sides."""

from __future__ import annotations

from editor.core.model import Document, Origin, rebuild_target_with_offsets
from editor.core.text import LineIndex

Position = tuple[int, int, int, int]  # line (1-based), col, end_line, end_col (0-based)


class Positions:
    """Maps (segment, side, start, end) to positions.

    Target positions are in the target text as it stands — for an unedited plain-text
    import that is the MT file itself, for an edited project the article ``export`` writes.
    Source positions come from each segment's origin in the source file, which never
    changes. Documents with no text layout (bilingual files) count a segment as a line.
    """

    def __init__(self, document: Document) -> None:
        self._document = document
        self._target: tuple[LineIndex, dict[int, int]] | None = None
        if document.target_layout is not None:
            text, offsets = rebuild_target_with_offsets(document.target_layout, list(document))
            self._target = (LineIndex(text), offsets)

    def locate(self, segment_id: int, side: str, start: int, end: int) -> Position:
        segment = self._document[segment_id]
        if side == "source":
            return _from_origin(segment.source_origin, segment.source, segment_id, start, end)
        if self._target is not None and segment_id in self._target[1]:
            lines, offsets = self._target
            base = offsets[segment_id]
            return (*lines.position(base + start), *lines.position(base + end))
        return _from_origin(
            segment.target_origin if not segment.edited else None, segment.target, segment_id, start, end
        )


def _from_origin(origin: Origin | None, text: str, segment_id: int, start: int, end: int) -> Position:
    if origin is None:
        return segment_id, start, segment_id, end
    return (*_walk(origin, text, start), *_walk(origin, text, end))


def _walk(origin: Origin, text: str, offset: int) -> tuple[int, int]:
    """The position ``offset`` characters into ``text``, which starts at ``origin``."""
    before = text[:offset]
    breaks = before.count("\n")
    if not breaks:
        return origin.line, origin.col + offset
    return origin.line + breaks, offset - before.rfind("\n") - 1
