"""Small factories for core values used across tests."""

from __future__ import annotations

from editor.core.model import Document, Segment, SegmentStatus


def make_segment(
    source: str = "Hello world.",
    target: str | None = "Hallo Welt.",
    *,
    id: int = 1,
    paragraph: int = 1,
    mt: str | None = None,
    status: SegmentStatus = SegmentStatus.NEW,
) -> Segment:
    target = "" if target is None else target
    return Segment(
        id=id,
        paragraph=paragraph,
        source=source,
        mt=target if mt is None else mt,
        target=target,
        status=status,
    )


def make_document(pairs: list[tuple[str, str]], source_lang: str = "en", target_lang: str = "de") -> Document:
    segments = [make_segment(s, t, id=i, paragraph=i) for i, (s, t) in enumerate(pairs, start=1)]
    return Document(source_lang, target_lang, segments)
