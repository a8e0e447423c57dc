"""Document-wide statistics built once per check pass and shared by per-segment checks."""

from __future__ import annotations

from dataclasses import dataclass

from editor.core.model import Document


@dataclass
class DocumentStats:
    """What per-segment checks need to know about the rest of the document."""

    segments: int

    @classmethod
    def build(cls, document: Document) -> DocumentStats:
        return cls(segments=len(document))
