"""Document-wide statistics built once per check pass and shared by per-segment checks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from editor.core.checks.stats_terms import SegmentLookup, TermStats, TermStatsBuilder
from editor.core.langdata import language
from editor.core.model import Document, Segment
from editor.core.text import text_width


@dataclass
class LengthStats:
    """Characters of source and target over segments where both sides have text; for a
    language written in wide characters, display widths (see :func:`measure`)."""

    source_chars: int = 0
    target_chars: int = 0
    wide: tuple[bool, bool] = (False, False)  # (source, target) in a wide script

    def add(self, segment: Segment, sign: int = 1) -> None:
        if segment.source.strip() and segment.target.strip():
            self.source_chars += sign * (text_width if self.wide[0] else len)(segment.source)
            self.target_chars += sign * (text_width if self.wide[1] else len)(segment.target)

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
        builder = DocumentStatsBuilder(document, (document.source_lang, document.target_lang))
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
    them; ``lookup`` is where checks will find other segments by id, ``languages`` (source,
    target) say how lengths are measured."""

    def __init__(self, lookup: SegmentLookup | None, languages: tuple[str, str] = ("", "")) -> None:
        self._terms = TermStatsBuilder(lookup)
        self._lengths = LengthStats(wide=(wide_script(languages[0]), wide_script(languages[1])))
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


def measure(lang: str) -> Callable[[str], int]:
    """How the length of a text in ``lang`` is measured: display width for a language written
    in wide characters ("演算子族" is as long as "operator"), else characters (the cheap
    way: a scan for wide characters costs more than the rest of the length check)."""
    return text_width if wide_script(lang) else len


def wide_script(lang: str) -> bool:
    return bool(lang) and language(lang).wide_script
