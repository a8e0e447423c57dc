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
