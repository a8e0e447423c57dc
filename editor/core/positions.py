"""Where an issue is in a file: segment offsets mapped to line and column, both sides."""

from __future__ import annotations

from array import array
from bisect import bisect_left
from typing import Protocol

from editor.core.model import Document, Origin, Segment, TargetPlacer, TextLayout, rebuild_target_with_offsets
from editor.core.text import LineIndex, line_ends

Position = tuple[int, int, int, int]  # line (1-based), col, end_line, end_col (0-based)


class Locator(Protocol):
    """Locates spans in a bilingual file more exactly than one origin per segment can (a PO
    string escaped and split in pieces); None where it cannot."""

    def locate(self, segment: Segment, side: str, start: int, end: int) -> Position | None: ...


class Positions:
    """Maps (segment, side, start, end) to positions.

    Target positions are in the target text as it stands — for an unedited plain-text
    import that is the MT file itself, for an edited project the article ``export`` writes.
    Source positions come from each segment's origin in the source file, which never
    changes. A document read from a bilingual file (no text layout) is located in that file
    as imported, through ``locator`` where one is given, else from each segment's origin;
    an edited target is counted from where the segment's target starts there (see
    :func:`_target_origin`).
    """

    def __init__(self, document: Document, locator: Locator | None = None) -> None:
        self._document = document
        self._locator = locator
        self._target: tuple[LineIndex, dict[int, int]] | None = None
        if document.target_layout is not None:
            text, offsets = rebuild_target_with_offsets(document.target_layout, list(document))
            self._target = (LineIndex(text), offsets)

    def locate(self, segment_id: int, side: str, start: int, end: int) -> Position:
        segment = self._document[segment_id]
        if self._locator is not None:
            found = self._locator.locate(segment, side, start, end)
            if found is not None:
                return found
        if side == "source":
            return _from_origin(segment.source_origin, segment.source, segment_id, start, end)
        if self._target is not None and segment_id in self._target[1]:
            lines, offsets = self._target
            base = offsets[segment_id]
            return (*lines.position(base + start), *lines.position(base + end))
        origin = _target_origin(segment, self._document.target_layout)
        return _from_origin(origin, segment.target, segment_id, start, end)


def _target_origin(segment: Segment, layout: TextLayout | None) -> Origin | None:
    """The origin a target span is counted from when the target text does not place it.

    A bilingual file (no layout) is the one coordinate system of its document, edited or
    not: an edited target is counted from where the segment's target starts in the file, as
    if the edited text stood there. The origin of a plain-text pair is in the MT file, which
    an edited target is not in.
    """
    if layout is None or not segment.edited:
        return segment.target_origin
    return None


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


class Unordered(Exception):
    """The targets do not come in the order of the target file's paragraphs."""


class StreamedPositions:
    """:class:`Positions` for a project streamed segment by segment.

    Fed every segment once, in id order (:meth:`add`), it keeps only where each target starts
    in the target file (24 bytes a segment); then it locates the issues of any segment handed
    to it, as :class:`Positions` would. :meth:`add` raises :class:`Unordered` when targets do
    not come in the order of the file's paragraphs: that file can only be laid out whole.
    """

    def __init__(self, layout: TextLayout | None) -> None:
        self._layout = layout
        self._placer = TargetPlacer(layout) if layout is not None else None
        self._ids = array("q")
        self._lines = array("q")
        self._cols = array("q")
        self._cursor = _Lines()
        self._par = -1  # the target paragraph being written
        if layout is not None:
            self._cursor.feed(layout.head)

    def add(self, segment_id: int, target: str, target_par: int | None, gap: str) -> None:
        """The next segment (its fields, so a project can be read for just those)."""
        if self._placer is None or self._layout is None:
            return
        place = self._placer.place(target, target_par, gap)
        if place is None:  # an empty target stands where its paragraph goes on
            if target or self._placer.paragraph >= self._layout.paragraph_count:
                return
            place = (self._placer.paragraph, False)
        par, space = place
        if par < self._par or (self._ids and segment_id <= self._ids[-1]):
            raise Unordered
        cursor, layout = self._cursor, self._layout
        while self._par < par:
            if self._par >= 0:
                cursor.feed(layout.separators[self._par])
            self._par += 1
            cursor.feed(layout.leads[self._par])
        if space:
            cursor.feed(" ")
        self._ids.append(segment_id)
        self._lines.append(cursor.line)
        self._cols.append(cursor.col)
        if target:
            cursor.feed(target)
            cursor.feed(gap)

    def locate(self, segment: Segment, side: str, start: int, end: int) -> Position:
        if side == "source":
            return _from_origin(segment.source_origin, segment.source, segment.id, start, end)
        i = bisect_left(self._ids, segment.id)
        if i < len(self._ids) and self._ids[i] == segment.id:
            line, col, text = self._lines[i], self._cols[i], segment.target
            return (*_Lines.at(line, col, text[:start]), *_Lines.at(line, col, text[:end]))
        origin = _target_origin(segment, self._layout)
        return _from_origin(origin, segment.target, segment.id, start, end)


class _Lines:
    """The line and column at the end of a text fed piece by piece, counted as
    :class:`LineIndex` counts them (a "\r\n" split between two pieces is one line end)."""

    __slots__ = ("_cr", "col", "line")

    def __init__(self, line: int = 1, col: int = 0) -> None:
        self.line, self.col, self._cr = line, col, False

    @classmethod
    def at(cls, line: int, col: int, text: str) -> tuple[int, int]:
        cursor = cls(line, col)
        cursor.feed(text)
        return cursor.line, cursor.col

    def feed(self, text: str) -> None:
        if self._cr and text[:1] == "\n":
            text = text[1:]  # the end of a "\r\n" counted at its "\r"
            self._cr = False
        if not text:
            return
        count, last = line_ends(text)
        if count:
            self.line += count
            self.col = len(text) - last
        else:
            self.col += len(text)
        self._cr = text[-1] == "\r"
