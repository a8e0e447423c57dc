"""MQM annotations as TSV, in the layout of google/wmt-mqm-human-evaluation.

Columns: system, doc, doc_id, seg_id, rater, source, target, category, severity, comment. One
row per error, the erroneous span marked ``<v>…</v>`` in the target (or in the source, for
omissions); a "No-error" row for a rater who found a segment clean. WMT's files are plain
tab-separated text with no quoting; files written by spreadsheet tools or pandas quote fields
CSV-style. Both are read, and a file is written back in the convention it came in.

A TSV may hold several systems' translations of the same documents; a project holds one.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from editor.core.errors import FormatError, UsageError
from editor.core.formats.encoding import encode_text, read_text
from editor.core.langid import guess_language
from editor.core.model import Document, Origin, Segment
from editor.core.review.model import Annotation, Rating, Review
from editor.core.review.typology import NO_ERROR, MqmSeverity

FORMAT = "mqm-tsv"
COLUMNS = (
    "system",
    "doc",
    "doc_id",
    "seg_id",
    "rater",
    "source",
    "target",
    "category",
    "severity",
    "comment",
)
_SPAN = re.compile(r"<v>(.*?)</v>", re.DOTALL)


class SystemChoiceNeeded(UsageError):
    """The TSV holds several systems' translations and none was chosen."""

    def __init__(self, path: Path, systems: list[str]) -> None:
        self.path = path
        self.systems = systems
        super().__init__(
            f"{path} holds {len(systems)} systems; choose one with --system: {', '.join(systems)}"
        )


@dataclass(frozen=True)
class TsvLayout:
    """How the file was written, so that it is written back the same way."""

    header: str = "\t".join(COLUMNS)
    newline: str = "\n"
    final_newline: bool = True
    quoted: bool = False
    encoding: str = "utf-8"
    bom: bool = False
    system: str = ""

    def to_json(self) -> str:
        return json.dumps(self.__dict__)

    @classmethod
    def from_json(cls, text: str | None) -> TsvLayout:
        return cls(**json.loads(text)) if text else cls()


@dataclass
class MqmImport:
    document: Document
    annotations: list[Annotation]
    ratings: list[Rating]
    layout: TsvLayout
    warnings: list[str] = field(default_factory=list)
    languages_inferred: bool = False


def looks_like_mqm_tsv(head: str) -> bool:
    """Whether text starts with the MQM TSV header (detection by content)."""
    first = head.lstrip("\ufeff").split("\n", 1)[0].rstrip("\r")
    return [c.strip().lower() for c in first.split("\t")][: len(COLUMNS) - 1] == list(COLUMNS[:-1])


def _strip_spans(cell: str) -> tuple[str, tuple[int, int] | None, int]:
    """The text without <v> marks, the first span in it, and how many spans there were."""
    spans = list(_SPAN.finditer(cell))
    text = _SPAN.sub(lambda m: m.group(1), cell)
    if not spans:
        return text, None, 0
    first = spans[0]
    start = first.start()
    return text, (start, start + len(first.group(1))), len(spans)


def _rows(text: str, path: Path) -> tuple[list[tuple[int, list[str]]], bool]:
    """(line number, fields) per data row, and whether the file uses CSV quoting."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    raw = []
    for number, line in enumerate(lines[1:], start=2):
        fields = line.rstrip("\r").split("\t")
        if len(fields) == len(COLUMNS) - 1:
            fields.append("")  # no comment column
        if len(fields) != len(COLUMNS):
            break
        raw.append((number, fields))
    else:
        return raw, False
    # Not plain TSV: try CSV quoting (fields in double quotes may hold tabs and line breaks).
    reader = csv.reader(io.StringIO(text), delimiter="\t", quotechar='"', strict=True)
    rows = []
    try:
        next(reader)
        for fields in reader:
            if not fields:
                continue
            if len(fields) == len(COLUMNS) - 1:
                fields.append("")
            if len(fields) != len(COLUMNS):
                raise FormatError(
                    path,
                    f"expected {len(COLUMNS)} tab-separated columns ({', '.join(COLUMNS)}), "
                    f"found {len(fields)}",
                    line=reader.line_num,
                )
            rows.append((reader.line_num, fields))
    except csv.Error as exc:
        raise FormatError(path, f"malformed TSV: {exc}", line=reader.line_num) from None
    return rows, True


def read_mqm_tsv(
    path: str | Path,
    system: str | None = None,
    source_lang: str | None = None,
    target_lang: str | None = None,
) -> MqmImport:
    """Read one system's segments and annotations; several systems need ``system``."""
    p = Path(path)
    decoded = read_text(p)
    text = decoded.text
    if not text.strip():
        raise FormatError(p, "empty file")
    if not looks_like_mqm_tsv(text):
        raise FormatError(
            p, f"not an MQM TSV: the first line must be the header {'<TAB>'.join(COLUMNS)}", line=1
        )
    newline = "\r\n" if "\r\n" in text else "\n"
    header = text.split("\n", 1)[0].rstrip("\r")
    rows, quoted = _rows(text.replace("\r\n", "\n"), p)
    if not rows:
        raise FormatError(p, "no rows after the header", line=2)
    systems = list(dict.fromkeys(fields[0] for _, fields in rows))
    if system is None:
        if len(systems) > 1:
            raise SystemChoiceNeeded(p, systems)
        system = systems[0]
    elif system not in systems:
        raise UsageError(f"{p} has no system {system!r}; it holds: {', '.join(systems)}")

    segments: dict[tuple[str, str, str], Segment] = {}
    annotations: list[Annotation] = []
    ratings: dict[tuple[int, str], Rating] = {}
    warnings: list[str] = []
    for seq, (line, fields) in enumerate(rows, start=1):
        if fields[0] != system:
            continue
        _, doc, doc_id, seg_id, rater, source_cell, target_cell, category, severity, comment = fields
        source, source_span, source_count = _strip_spans(source_cell)
        target, target_span, target_count = _strip_spans(target_cell)
        key = (doc, doc_id, seg_id)
        segment = segments.get(key)
        if segment is None:
            number = len(segments) + 1
            col = len("\t".join(fields[:6])) + 1
            segment = Segment(
                id=number,
                paragraph=number,
                source=source,
                mt=target,
                target=target,
                key=json.dumps([doc, doc_id, seg_id], ensure_ascii=False),
                # Positions in the file: the cell's column plus the offset in its text, <v> marks
                # not counted (never a segment number for a line). Quoted cells have no column.
                source_origin=None if quoted else Origin(line, col - len(source_cell) - 1, line, col - 1),
                target_origin=None if quoted else Origin(line, col, line, col + len(target_cell)),
            )
            segments[key] = segment
        elif (segment.source, segment.target) != (source, target):
            warnings.append(
                f"{p}:{line}: segment {doc}/{seg_id} differs from its first row; spans kept as marked"
            )
        if source_count + target_count > 1:
            warnings.append(f"{p}:{line}: several <v> spans in one row; the first is kept")
        if category.strip() == NO_ERROR or severity.strip() == NO_ERROR:
            ratings.setdefault((segment.id, rater), Rating(segment.id, rater, None, seq, comment))
            continue
        try:
            level = MqmSeverity.parse(severity)
        except ValueError as exc:
            raise FormatError(p, str(exc), line=line) from None
        if target_span is not None:
            side, (start, end) = "target", target_span
        elif source_span is not None:
            side, (start, end) = "source", source_span
        else:
            side, (start, end) = "segment", (0, 0)
        annotations.append(
            Annotation(segment.id, rater, start, end, category.strip(), level, comment, side, "import", seq)  # type: ignore[arg-type]
        )
        ratings.setdefault((segment.id, rater), Rating(segment.id, rater, None, seq))
    sample = list(segments.values())[:200]
    document = Document(
        source_lang=source_lang or guess_language(" ".join(s.source for s in sample)),
        target_lang=target_lang or guess_language(" ".join(s.target for s in sample)),
        segments=list(segments.values()),
        source_name=str(p),
        target_name=str(p),
        format=FORMAT,
    )
    layout = TsvLayout(
        header=header,
        newline=newline,
        final_newline=text.endswith("\n"),
        quoted=quoted,
        encoding=decoded.encoding,
        bom=decoded.bom,
        system=system,
    )
    inferred = source_lang is None or target_lang is None
    return MqmImport(document, annotations, list(ratings.values()), layout, warnings, inferred)


def _mark(text: str, start: int, end: int) -> str:
    return f"{text[:start]}<v>{text[start:end]}</v>{text[end:]}"


def _identity(document: Document, segment: Segment, system: str) -> tuple[str, str, str, str]:
    if segment.key and document.format == FORMAT:
        doc, doc_id, seg_id = json.loads(segment.key)
        return system, doc, doc_id, seg_id
    doc = Path(document.target_name).name or "document"
    return system, doc, str(segment.paragraph), str(segment.id)


def mqm_rows(document: Document, review: Review, system: str) -> Iterable[list[str]]:
    """Every annotation and every clean rating as a row, in import-then-creation order."""
    entries: list[tuple[int, int, Annotation | Rating]] = []
    for found in review.annotations.values():
        entries.extend((a.seq, 0, a) for a in found)
    for segment_id, rated in review.ratings.items():
        annotated = {a.rater for a in review.of(segment_id)}
        entries.extend((r.seq, 1, r) for r in rated.values() if r.rater not in annotated)
    entries.sort(key=lambda e: (e[0], e[1]))
    for _, _, entry in entries:
        try:
            segment = document[entry.segment]
        except KeyError:
            continue
        ident = _identity(document, segment, system)
        source, target = segment.source, segment.target
        if isinstance(entry, Rating):
            yield [*ident, entry.rater, source, target, NO_ERROR, NO_ERROR, entry.comment]
            continue
        if entry.side == "target":
            end = min(entry.end, len(target))
            target = _mark(target, min(entry.start, end), end)
        elif entry.side == "source":
            end = min(entry.end, len(source))
            source = _mark(source, min(entry.start, end), end)
        yield [*ident, entry.rater, source, target, entry.category, entry.severity.value, entry.comment]


def render_mqm_tsv(document: Document, review: Review, layout: TsvLayout | None = None) -> bytes:
    layout = layout or TsvLayout(system=Path(document.target_name).stem or "posteditor")
    system = layout.system or "posteditor"
    out = io.StringIO()
    lines = [layout.header]
    for row in mqm_rows(document, review, system):
        if layout.quoted or any(c in cell for cell in row for c in "\t\r\n"):
            # CSV quoting: the file's own convention, or the only way to keep a tab or a line break.
            out.seek(0)
            out.truncate()
            csv.writer(out, delimiter="\t", quotechar='"', lineterminator="").writerow(row)
            lines.append(out.getvalue())
        else:
            lines.append("\t".join(row))
    text = layout.newline.join(lines) + (layout.newline if layout.final_newline else "")
    return encode_text(text, layout.encoding, layout.bom)
