"""Exports of a project by format name: the cleaned article and, as they land, other formats.

An exporter turns a project into bytes; ``export`` writes them atomically, so a failed export
never leaves a half-written file.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from editor.core.atomic import write_atomic
from editor.core.errors import TagMismatchError, UsageError
from editor.core.formats.encoding import encode_text
from editor.core.importing import MQM_ROWS, ORIGINAL
from editor.core.model import Document, Segment, rebuild_target, within_paragraph
from editor.core.store import ProjectStore

if TYPE_CHECKING:
    from editor.core.formats.mqm_tsv import MqmImport
    from editor.core.review import Review


@dataclass(frozen=True, slots=True)
class ExportSource:
    """What an exporter may read: the document, the open project for stored extras, and review
    annotations when they come from elsewhere (an MQM TSV read without a project)."""

    document: Document
    store: ProjectStore | None = None
    given_review: Review | None = None
    given_original: bytes | None = None  # a bilingual file read without a project
    given_mqm: MqmImport | None = None  # an MQM TSV read without a project
    force: bool = False  # write a bilingual file even where a segment's tags no longer match

    def original(self) -> bytes | None:
        """The bilingual file the document came from, kept for the round trip."""
        if self.given_original is not None:
            return self.given_original
        return self.store.original(ORIGINAL) if self.store is not None else None

    def review(self) -> Review:
        from editor.core.review import Review, load_review

        if self.given_review is not None:
            return self.given_review
        return load_review(self.store) if self.store is not None else Review.empty()


Exporter = Callable[[ExportSource], bytes]


def article_text(document: Document) -> str:
    """The cleaned article: current targets in the original paragraph layout."""
    if document.target_layout is not None:
        return rebuild_target(document.target_layout, document.segments)
    from editor.core.formats.inline import strip_tokens

    paragraphs = []
    for group in document.paragraphs():
        text = " ".join(within_paragraph(strip_tokens(seg.target), True) for seg in group if seg.target)
        if text:
            paragraphs.append(text)
    return "\n\n".join(paragraphs) + "\n"


def _txt(source: ExportSource) -> bytes:
    layout = source.document.target_layout
    text = article_text(source.document)
    if layout is None:
        return text.encode("utf-8")
    return encode_text(text, layout.encoding, layout.bom)


def _metrics_csv(source: ExportSource) -> bytes:
    from editor.core.metrics.report import render_csv

    return render_csv(source)


def _metrics_json(source: ExportSource) -> bytes:
    from editor.core.metrics.report import render_json

    return render_json(source)


def _mqm_tsv(source: ExportSource) -> bytes:
    """The review as an MQM TSV: for a project made from one, in that file's layout and with the
    rows nothing changed as they were written."""
    from editor.core.formats.mqm_tsv import TsvLayout, render_mqm_tsv, restore_mqm_import

    if source.given_mqm is not None:
        return render_mqm_tsv(source.document, source.review(), source.given_mqm.layout, source.given_mqm)
    if source.store is None:
        return render_mqm_tsv(source.document, source.review())
    layout = TsvLayout.from_json(source.store.meta("mqm_layout"))
    rows = source.store.original(MQM_ROWS)
    imported = restore_mqm_import(rows, layout, source.document) if rows is not None else None
    return render_mqm_tsv(source.document, source.review(), layout, imported)


def _esa_json(source: ExportSource) -> bytes:
    from editor.core.review.esa import render_esa_json

    return render_esa_json(source.document, source.review())


def _bilingual(name: str) -> Exporter:
    """Export to a bilingual format: the original file patched when the document came from
    one of that format, a new file otherwise."""

    def exporter(source: ExportSource) -> bytes:
        from editor.core.formats.bilingual import by_name

        fmt = by_name(name)
        assert fmt is not None
        document = source.document
        if not source.force:
            refuse_tag_mismatches(source, fmt.label)
        original = source.original() if document.format == name else None
        if original is not None:
            return fmt.patch(original, document, document.target_name or name)
        return fmt.build(document)

    return exporter


def tag_mismatches(document: Document) -> list[tuple[Segment, str]]:
    """The edited segments whose tag tokens are not the source's (missing, doubled, added),
    each with what differs. An empty target is left alone (nothing translated yet), and so is
    one nobody edited: it is written as the file had it. Unknown or badly nested tags are the
    writers' to refuse."""
    from editor.core.formats.inline import has_tokens, tokens

    found = []
    for segment in document:
        if not segment.target or segment.target == segment.mt:
            continue
        if not (has_tokens(segment.source) or has_tokens(segment.target)):
            continue
        source = Counter(token.text for token in tokens(segment.source))
        target = Counter(token.text for token in tokens(segment.target))
        problems = [f"{tag} missing" for tag in source if target[tag] < source[tag]]
        for tag in target:
            if target[tag] > source[tag]:
                problems.append(f"{tag} {'doubled' if source[tag] else 'not in the source'}")
        if problems:
            found.append((segment, ", ".join(problems)))
    return found


def refuse_tag_mismatches(source: ExportSource, label: str) -> None:
    """Raise TagMismatchError naming every edited segment whose tags no longer match."""
    found = tag_mismatches(source.document)
    if not found:
        return
    document = source.document
    original = Path(document.target_name).name if document.target_name else ""

    def where(segment: Segment) -> str:
        origin = segment.target_origin
        if original and origin is not None:
            return f"segment {segment.id} ({original}:{origin.line})"
        return f"segment {segment.id}"

    path = source.store.path if source.store is not None else document.target_name
    raise TagMismatchError(path, label, tuple((segment.id, where(segment), what) for segment, what in found))


def _markdown(source: ExportSource) -> bytes:
    from editor.core.reports import render_markdown

    return render_markdown(source)


def _html(source: ExportSource) -> bytes:
    from editor.core.reports import render_html

    return render_html(source)


def _report_html(source: ExportSource) -> bytes:
    from editor.core.reports import render_report_html

    return render_report_html(source)


def _report_csv(source: ExportSource) -> bytes:
    from editor.core.reports import render_report_csv

    return render_report_csv(source)


EXPORTERS: dict[str, Exporter] = {
    "txt": _txt,
    "md": _markdown,
    "html": _html,
    "metrics-csv": _metrics_csv,
    "metrics-json": _metrics_json,
    "xliff": _bilingual("xliff"),
    "xliff2": _bilingual("xliff2"),
    "tmx": _bilingual("tmx"),
    "po": _bilingual("po"),
    "tsv": _bilingual("tsv"),
    "mqm-tsv": _mqm_tsv,
    "report-html": _report_html,
    "report-csv": _report_csv,
    "esa-json": _esa_json,
}


def export_formats() -> tuple[str, ...]:
    return tuple(EXPORTERS)


def render(name: str, source: ExportSource) -> bytes:
    """The bytes of an export; raises UsageError for an unknown format name."""
    try:
        exporter = EXPORTERS[name]
    except KeyError:
        known = ", ".join(export_formats())
        raise UsageError(f"unknown export format {name!r} (known: {known})") from None
    return exporter(source)


def export(name: str, source: ExportSource, out: str | Path) -> None:
    """Render an export and write it atomically to ``out``."""
    write_atomic(out, render(name, source))
