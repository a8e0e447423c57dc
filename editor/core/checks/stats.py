"""Document-wide statistics built once per check pass and shared by per-segment checks."""

from __future__ import annotations

from dataclasses import dataclass, field

from editor.core.checks.stats_terms import SegmentLookup, TermStats, TermStatsBuilder
from editor.core.model import Document, Segment
from editor.core.text import text_width


@dataclass
class LengthStats:
    """Characters of source and target over segments where both sides have text (wide
    characters counted twice, see :func:`editor.core.text.text_width`)."""

    source_chars: int = 0
    target_chars: int = 0

    def add(self, segment: Segment, sign: int = 1) -> None:
        if segment.source.strip() and segment.target.strip():
            self.source_chars += sign * text_width(segment.source)
            self.target_chars += sign * text_width(segment.target)

    @property
    def ratio(self) -> float | None:
        """Target characters per source character in this document, once there is enough text."""
        if self.source_chars < _MIN_CHARS_FOR_RATIO:
            return None
        return self.target_chars / self.source_chars


_MIN_CHARS_FOR_RATIO = 200


@dataclass
class DocumentStats:
    """What per-segment checks need to know about the rest of the document."""

    segments: int
    terms: TermStats = field(default_factory=TermStats)
    lengths: LengthStats = field(default_factory=LengthStats)

    @classmethod
    def build(cls, document: Document) -> DocumentStats:
        builder = DocumentStatsBuilder(document)
        for segment in document:
            builder.add(segment)
        return builder.finish()

    def update(self, old: Segment, new: Segment) -> None:
        """Keep the statistics current after one edit (fits ``Document.subscribe``)."""
        self.terms.update(old, new)
        self.lengths.add(old, -1)
        self.lengths.add(new)


class DocumentStatsBuilder:
    """Builds :class:`DocumentStats` in one pass over the segments, in order, keeping none of
    them; ``lookup`` is where checks will find other segments by id."""

    def __init__(self, lookup: SegmentLookup | None) -> None:
        self._terms = TermStatsBuilder(lookup)
        self._lengths = LengthStats()
        self._count = 0

    def add(self, segment: Segment) -> None:
        self._terms.add(segment)
        self._lengths.add(segment)
        self._count += 1

    def merge(self, other: DocumentStatsBuilder) -> None:
        """Take in what ``other`` saw of the segments that follow this one's."""
        self._terms.merge(other._terms)
        self._lengths.source_chars += other._lengths.source_chars
        self._lengths.target_chars += other._lengths.target_chars
        self._count += other._count

    def finish(self) -> DocumentStats:
        return DocumentStats(segments=self._count, terms=self._terms.finish(), lengths=self._lengths)
