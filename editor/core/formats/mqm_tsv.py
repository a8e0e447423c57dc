"""MQM annotations as TSV, in the layout of google/wmt-mqm-human-evaluation.

Columns: system, doc, doc_id, seg_id, rater, source, target, category, severity, comment. One
row per error, the erroneous span marked ``<v>…</v>`` in the target (or in the source, for
omissions); a "No-error" row for a rater who found a segment clean. WMT's files are plain
tab-separated text with no quoting; files written by spreadsheet tools or pandas quote fields
CSV-style. Both are read, and a file is written back in the convention it came in: with its
header and columns (WMT's older files have no comment column), the rows nothing changed exactly
as written ("minor", "no-error"), and rows made or changed in the tool in the canonical spelling
("Minor", "No-error").

A TSV may hold several systems' translations of the same documents; a project holds one.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator
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
    rows: dict[int, str] = field(default_factory=dict)  # the system's rows as written, by seq

    def stored_rows(self) -> bytes:
        """The rows as written, for the project to keep (``restore_mqm_import`` reads them)."""
        return json.dumps(sorted(self.rows.items()), ensure_ascii=False).encode("utf-8")


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


@dataclass(frozen=True, slots=True)
class _Row:
    line: int  # where the row ends (a quoted field may hold line breaks)
    fields: list[str]
    raw: str  # the row as written, without its line end: written back while nothing in it changed


def _rows(text: str, path: Path) -> tuple[list[_Row], bool]:
    """The data rows, and whether the file uses CSV quoting."""
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
        raw.append(_Row(number, fields, line.rstrip("\r")))
    else:
        return raw, False
    # Not plain TSV: try CSV quoting (fields in double quotes may hold tabs and line breaks).
    reader = csv.reader(io.StringIO(text), delimiter="\t", quotechar='"', strict=True)
    rows = []
    try:
        next(reader)
        previous = reader.line_num
        for fields in reader:
            start, previous = previous, reader.line_num
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
            rows.append(_Row(reader.line_num, fields, "\n".join(lines[start : reader.line_num])))
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
    rows, quoted = _rows(text.replace("\r\n", "\n"), p)
    if not rows:
        raise FormatError(p, "no rows after the header", line=2)
    systems = list(dict.fromkeys(row.fields[0] for row in rows))
    if system is None:
        if len(systems) > 1:
            raise SystemChoiceNeeded(p, systems)
        system = systems[0]
    elif system not in systems:
        raise UsageError(f"{p} has no system {system!r}; it holds: {', '.join(systems)}")
    layout = TsvLayout(
        header=text.split("\n", 1)[0].rstrip("\r"),
        newline="\r\n" if "\r\n" in text else "\n",
        final_newline=text.endswith("\n"),
        quoted=quoted,
        encoding=decoded.encoding,
        bom=decoded.bom,
        system=system,
    )
    return _imported(p, enumerate(rows, start=1), layout, source_lang, target_lang)


def restore_mqm_import(stored: bytes, layout: TsvLayout, document: Document) -> MqmImport:
    """The import a project was made from, rebuilt from the rows it kept (``stored_rows``)."""
    numbered = [(seq, _Row(0, _fields(raw, layout.quoted), raw)) for seq, raw in json.loads(stored)]
    name = Path(document.target_name)
    return _imported(name, numbered, layout, document.source_lang, document.target_lang)


def _fields(raw: str, quoted: bool) -> list[str]:
    """The fields of one row as written (a stored row, known to be well formed)."""
    fields = next(csv.reader(io.StringIO(raw), delimiter="\t", strict=True)) if quoted else raw.split("\t")
    return fields + [""] * (len(COLUMNS) - len(fields))


def _imported(
    p: Path,
    numbered: Iterable[tuple[int, _Row]],
    layout: TsvLayout,
    source_lang: str | None,
    target_lang: str | None,
) -> MqmImport:
    """The segments, annotations and ratings of the layout's system in the numbered rows."""
    segments: dict[tuple[str, str, str], Segment] = {}
    annotations: list[Annotation] = []
    ratings: dict[tuple[int, str], Rating] = {}
    warnings: list[str] = []
    written: dict[int, str] = {}
    for seq, row in numbered:
        line, fields = row.line, row.fields
        if fields[0] != layout.system:
            continue
        written[seq] = row.raw
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
                source_origin=None
                if layout.quoted
                else Origin(line, col - len(source_cell) - 1, line, col - 1),
                target_origin=None if layout.quoted else Origin(line, col, line, col + len(target_cell)),
            )
            segments[key] = segment
        elif (segment.source, segment.target) != (source, target):
            warnings.append(
                f"{p}:{line}: segment {doc}/{seg_id} differs from its first row; spans kept as marked"
            )
        if source_count + target_count > 1:
            warnings.append(f"{p}:{line}: several <v> spans in one row; the first is kept")
        if NO_ERROR.lower() in (category.strip().lower(), severity.strip().lower()):
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
    inferred = source_lang is None or target_lang is None
    return MqmImport(document, annotations, list(ratings.values()), layout, warnings, inferred, written)


def _mark(text: str, start: int, end: int) -> str:
    return f"{text[:start]}<v>{text[start:end]}</v>{text[end:]}"


def _identity(document: Document, segment: Segment, system: str) -> tuple[str, str, str, str]:
    if segment.key and document.format == FORMAT:
        doc, doc_id, seg_id = json.loads(segment.key)
        return system, doc, doc_id, seg_id
    doc = Path(document.target_name).name or "document"
    return system, doc, str(segment.paragraph), str(segment.id)


def _entries(document: Document, review: Review) -> Iterator[tuple[Annotation | Rating, Segment]]:
    """Every annotation and every clean rating with its segment, in import-then-creation order."""
    entries: list[tuple[int, int, Annotation | Rating]] = []
    for found in review.annotations.values():
        entries.extend((a.seq, 0, a) for a in found)
    for segment_id, rated in review.ratings.items():
        annotated = {a.rater for a in review.of(segment_id)}
        entries.extend((r.seq, 1, r) for r in rated.values() if r.rater not in annotated)
    entries.sort(key=lambda e: (e[0], e[1]))
    for _, _, entry in entries:
        try:
            yield entry, document[entry.segment]
        except KeyError:
            continue


def _row_fields(entry: Annotation | Rating, segment: Segment, ident: tuple[str, ...]) -> list[str]:
    """An entry as the ten fields of a row, in the canonical spelling ("Major", "No-error")."""
    source, target = segment.source, segment.target
    if isinstance(entry, Rating):
        return [*ident, entry.rater, source, target, NO_ERROR, NO_ERROR, entry.comment]
    if entry.side == "target":
        end = min(entry.end, len(target))
        target = _mark(target, min(entry.start, end), end)
    elif entry.side == "source":
        end = min(entry.end, len(source))
        source = _mark(source, min(entry.start, end), end)
    return [*ident, entry.rater, source, target, entry.category, entry.severity.value, entry.comment]


def mqm_rows(document: Document, review: Review, system: str) -> Iterable[list[str]]:
    """Every annotation and every clean rating as a row, in import-then-creation order."""
    for entry, segment in _entries(document, review):
        yield _row_fields(entry, segment, _identity(document, segment, system))


class _Unchanged:
    """The imported rows of a project's system, as written and as read. A row goes back to the
    file exactly as written (its spelling of "minor" or "no-error", its quoting, its columns)
    while neither its annotation or rating nor its segment changed since the import."""

    def __init__(self, imported: MqmImport) -> None:
        self.rows = imported.rows
        self.annotations = {a.seq: a for a in imported.annotations}
        self.ratings = {r.seq: r for r in imported.ratings}
        self.segments = {s.id: (s.key, s.source, s.target) for s in imported.document}

    def row(self, entry: Annotation | Rating, segment: Segment) -> str | None:
        raw = self.rows.get(entry.seq)
        if raw is None or self.segments.get(segment.id) != (segment.key, segment.source, segment.target):
            return None
        if isinstance(entry, Rating):  # a rating made from an annotation's row has no row of its own
            same = entry.seq not in self.annotations and self.ratings.get(entry.seq) == entry
        else:
            same = self.annotations.get(entry.seq) == entry.with_(id=None)
        return raw if same else None


def _written(fields: list[str], quoted: bool) -> str:
    if quoted or any(c in cell for cell in fields for c in "\t\r\n"):
        # CSV quoting: the file's own convention, or the only way to keep a tab or a line break.
        out = io.StringIO()
        csv.writer(out, delimiter="\t", quotechar='"', lineterminator="").writerow(fields)
        return out.getvalue()
    return "\t".join(fields)


def render_mqm_tsv(
    document: Document,
    review: Review,
    layout: TsvLayout | None = None,
    imported: MqmImport | None = None,
) -> bytes:
    """The review as an MQM TSV in the layout of the file it came from. Rows of ``imported`` (that
    file) that nothing changed are written as they were; others in the canonical spelling, with
    the file's columns: a file without a comment column gets one only when a comment needs it."""
    layout = layout or TsvLayout(system=Path(document.target_name).stem or "posteditor")
    system = layout.system or "posteditor"
    unchanged = _Unchanged(imported) if imported is not None else None
    rows: list[str | list[str]] = []
    for entry, segment in _entries(document, review):
        raw = unchanged.row(entry, segment) if unchanged is not None else None
        rows.append(
            raw if raw is not None else _row_fields(entry, segment, _identity(document, segment, system))
        )
    header = layout.header
    if len(header.split("\t")) < len(COLUMNS):
        if any(not isinstance(row, str) and row[-1] for row in rows):
            header += "\t" + COLUMNS[-1]  # older rows keep their nine fields: readers pad them
        else:
            rows = [row if isinstance(row, str) else row[:-1] for row in rows]
    lines = [header] + [row if isinstance(row, str) else _written(row, layout.quoted) for row in rows]
    text = layout.newline.join(lines) + (layout.newline if layout.final_newline else "")
    return encode_text(text, layout.encoding, layout.bom)
