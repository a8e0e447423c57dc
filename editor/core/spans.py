"""Half-open spans over Python str offsets, with overlap and shift helpers."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """The characters ``text[start:end]`` (code points, end exclusive)."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span {self.start}..{self.end}")

    def __len__(self) -> int:
        return self.end - self.start

    @property
    def empty(self) -> bool:
        return self.end == self.start

    def overlaps(self, other: Span) -> bool:
        """True when the spans share a character (or an empty span sits inside the other)."""
        if self.empty or other.empty:
            return other.start <= self.start <= other.end or self.start <= other.start <= self.end
        return self.start < other.end and other.start < self.end

    def contains(self, offset: int) -> bool:
        return self.start <= offset < self.end

    def shift(self, delta: int) -> Span:
        return Span(self.start + delta, self.end + delta)

    def text(self, s: str) -> str:
        return s[self.start : self.end]


@dataclass(frozen=True, slots=True)
class TextEdit:
    """How an edit turned one text into another: the changed regions, so that offsets into
    the old text can follow it into the new one (review annotations follow target edits).

    ``changes`` holds ``(old_start, old_end, new_start, new_end)`` of every changed region in
    order; between two of them the text is unchanged. A region that only inserts has
    ``old_start == old_end``, one that only deletes ``new_start == new_end``.
    """

    changes: tuple[tuple[int, int, int, int], ...]

    @classmethod
    def between(cls, old: str, new: str) -> TextEdit:
        """The changes from ``old`` to ``new``. The common head and tail are cut off first
        (a round of typing changes one place), then the rest is compared character by
        character, longest unchanged runs first (difflib), so untouched words keep their place."""
        from difflib import SequenceMatcher

        limit = min(len(old), len(new))
        head = 0
        while head < limit and old[head] == new[head]:
            head += 1
        tail = 0
        while tail < limit - head and old[-1 - tail] == new[-1 - tail]:
            tail += 1
        old_mid, new_mid = old[head : len(old) - tail], new[head : len(new) - tail]
        if not old_mid and not new_mid:
            return cls(())
        opcodes = SequenceMatcher(None, old_mid, new_mid, autojunk=False).get_opcodes()
        changes: list[tuple[int, int, int, int]] = []
        for tag, i1, i2, j1, j2 in opcodes:
            if tag == "equal":
                continue
            region = (head + i1, head + i2, head + j1, head + j2)
            if changes and changes[-1][1] == region[0] and changes[-1][3] == region[2]:
                # Touching changes are one: a word replaced is one region, not a deletion
                # and an insertion (which would leave a span on the deleted word empty).
                last = changes.pop()
                region = (last[0], region[1], last[2], region[3])
            changes.append(region)
        return cls(tuple(changes))

    def start(self, offset: int) -> int:
        """Where a span starting at ``offset`` starts after the edit: text inserted right
        before it stays outside; a change that covers the offset is taken in whole."""
        delta = 0
        for old_start, old_end, new_start, new_end in self.changes:
            if old_start > offset:
                break
            if offset < old_end:
                return new_start
            delta = new_end - old_end
        return offset + delta

    def end(self, offset: int) -> int:
        """Where a span ending at ``offset`` (exclusive) ends after the edit: text inserted
        right after it stays outside; a change that covers the offset is taken in whole."""
        delta = 0
        for old_start, old_end, _, new_end in self.changes:
            if old_start >= offset:
                break
            if offset <= old_end:
                return new_end
            delta = new_end - old_end
        return offset + delta

    def span(self, start: int, end: int) -> tuple[int, int]:
        """``[start, end)`` of the old text in the new one. Text untouched moves with the
        edit; text changed inside grows or shrinks with it; text deleted entirely leaves an
        empty span where it was (never a negative one), and an empty span takes in text
        inserted right there: the words that replace the deleted ones (or come back with an
        undo) are marked again, as when they are replaced in one edit."""
        if end <= start:
            for old_start, old_end, new_start, new_end in self.changes:
                if old_start == old_end == start:
                    return new_start, new_end
            point = self.start(start)
            return point, point
        new_start = self.start(start)
        return new_start, max(new_start, self.end(end))


def follow_span(edit: TextEdit, start: int, end: int, old_length: int, new_length: int) -> tuple[int, int]:
    """:meth:`TextEdit.span` for a stored span, which is first clamped to the old text (a
    span read from a file may overshoot it) and lands inside the new one."""
    end = max(0, min(end, old_length))
    start = max(0, min(start, end))
    new_start, new_end = edit.span(start, end)
    new_end = min(new_end, new_length)
    return min(new_start, new_end), new_end
