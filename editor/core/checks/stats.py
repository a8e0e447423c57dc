"""Document-wide statistics built once per check pass and shared by per-segment checks."""

from __future__ import annotations

from dataclasses import dataclass, field

from editor.core.checks.stats_terms import TermStats
from editor.core.model import Document, Segment


@dataclass
class DocumentStats:
    """What per-segment checks need to know about the rest of the document."""

    segments: int
    terms: TermStats = field(default_factory=TermStats)

    @classmethod
    def build(cls, document: Document) -> DocumentStats:
        return cls(segments=len(document), terms=TermStats.build(document))

    def update(self, old: Segment, new: Segment) -> None:
        """Keep the statistics current after one edit (fits ``Document.subscribe``)."""
        self.terms.update(old, new)
