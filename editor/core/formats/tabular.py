"""TSV and CSV bilingual tables: a source and a target column, optionally id, note and status.

A header row names the columns; a tab-separated file without a header is read as source,
target[, note]. A round trip rewrites only the target and status cells of edited rows, in the
file's own quoting; every other byte (rows nobody edited, quoting, line ends, encoding) is kept.
A status the tool does not know ("translated") is kept as written, and a known one is read in any
case ("Confirmed") and written back in the case the file uses.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from editor.core.errors import FormatError
from editor.core.formats.bilingual import BilingualImport, finish, unique_key
from editor.core.formats.delimited import Cell, Row, quote, splice, split_rows
from editor.core.formats.encoding import DecodedText, decode_bytes, encode_text
from editor.core.formats.mqm_tsv import looks_like_mqm_tsv
from editor.core.model import Document, Origin, Segment, SegmentStatus

_NAMES = {
    "source": "source",
    "src": "source",
    "source text": "source",
    "target": "target",
    "tgt": "target",
    "target text": "target",
    "translation": "target",
    "mt": "target",
    "id": "id",
    "key": "id",
    "segment": "id",
    "note": "note",
    "notes": "note",
    "comment": "note",
    "status": "status",
    "state": "status",
}
_HEADERLESS = {"source": 0, "target": 1, "note": 2}


def _first_line(text: str) -> str:
    return text.lstrip("\ufeff").split("\n", 1)[0].rstrip("\r")


def _delimiter(line: str) -> str:
    counts = {d: line.count(d) for d in ("\t", ",", ";")}
    return max(counts, key=lambda d: counts[d])


def _header(cells: list[str]) -> dict[str, int] | None:
    columns: dict[str, int] = {}
    for index, cell in enumerate(cells):
        name = _NAMES.get(cell.strip().lower())
        if name and name not in columns:
            columns[name] = index
    return columns if {"source", "target"} <= columns.keys() else None


def _header_cells(line: str, delimiter: str) -> list[str]:
    try:
        rows = split_rows(line, delimiter, True, "")
    except FormatError:
        rows = split_rows(line, delimiter, False, "")
    return rows[0].values if rows else []


def _status(cell: str) -> SegmentStatus:
    """The state a status cell names, in any case; NEW for values the tool does not know."""
    return next((s for s in SegmentStatus if s.value == cell.strip().lower()), SegmentStatus.NEW)


def _styled(value: str, like: str) -> str:
    """A status value in the case of the cell it replaces ("Confirmed", "CONFIRMED")."""
    like = like.strip()
    if like.isupper():
        return value.upper()
    return value.capitalize() if like[:1].isupper() else value


@dataclass(frozen=True, slots=True)
class _Table:
    """A table as read: its rows with their cells' places, and how the file writes cells."""

    path: str | Path
    decoded: DecodedText
    rows: list[Row]
    columns: dict[str, int]
    has_header: bool
    delimiter: str
    quoting: bool

    def data_rows(self) -> Iterator[Row]:
        for row in self.rows[1 if self.has_header else 0 :]:
            if not row.blank:
                yield row

    def cell(self, row: Row, name: str) -> Cell | None:
        index = self.columns.get(name)
        return row.cells[index] if index is not None and index < len(row.cells) else None

    def key(self, row: Row) -> str:
        """The row's id, or its place: the line it ends on (as projects made earlier have it)."""
        found = self.cell(row, "id")
        return found.value if found is not None else f"#{row.end_line}"

    def written(self, value: str, old: Cell) -> str:
        """A new cell value as this file writes cells: quoted if the old one was, or if needed."""
        return quote(value, self.delimiter, always=old.quoted) if self.quoting else value


def _table(path: str | Path, data: bytes) -> _Table:
    decoded = decode_bytes(data, path)
    line = _first_line(decoded.text)
    delimiter = _delimiter(line)
    columns = _header(_header_cells(line, delimiter))
    rows = split_rows(decoded.text, delimiter, True, path)
    return _Table(path, decoded, rows, columns or _HEADERLESS, columns is not None, delimiter, True)


def _edits(table: _Table, row: Row, segment: Segment) -> list[tuple[Cell, str]]:
    """The cells of a row that differ from its segment, with their new text."""
    edits = []
    target = table.cell(row, "target")
    if target is not None and target.value != segment.target:
        edits.append((target, table.written(segment.target, target)))
    status = table.cell(row, "status")
    if status is not None and _status(status.value) is not segment.status:
        edits.append((status, table.written(_styled(segment.status.value, status.value), status)))
    return edits


class Tabular:
    name = "tsv"
    label = "TSV/CSV table"
    extensions: tuple[str, ...] = (".tsv", ".csv", ".tab")

    def detect(self, head: bytes) -> bool:
        try:
            text = head.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = head.decode("utf-8", "ignore")
        if not text.strip() or text.lstrip().startswith("<") or looks_like_mqm_tsv(text):
            return False
        line = _first_line(text)
        if _header(_header_cells(line, _delimiter(line))) is not None:
            return True
        lines = [ln for ln in text.split("\n")[:5] if ln.strip()]
        widths = {ln.count("\t") for ln in lines[:-1] or lines}
        return len(widths) == 1 and widths.pop() in (1, 2)

    def read(
        self, path: Path, data: bytes, source_lang: str | None, target_lang: str | None
    ) -> BilingualImport:
        table = _table(path, data)
        columns = table.columns
        width = max(columns["source"], columns["target"]) + 1
        segments: list[Segment] = []
        seen: set[str] = set()
        for row in table.data_rows():
            if len(row.cells) < width:
                raise FormatError(
                    path, f"expected at least {width} columns, found {len(row.cells)}", line=row.line
                )
            key = table.key(row)
            unique_key(seen, key, path, row.line, f"id {key!r}")
            target = row.cells[columns["target"]].value
            note, status = table.cell(row, "note"), table.cell(row, "status")
            n = len(segments) + 1
            segments.append(
                Segment(
                    n,
                    n,
                    row.cells[columns["source"]].value,
                    target,
                    target,
                    _status(status.value) if status is not None else SegmentStatus.NEW,
                    key=json.dumps(key),
                    note=note.value if note is not None else "",
                    source_origin=Origin(row.line, 0, row.line, 0),
                    target_origin=Origin(row.line, 0, row.line, 0),
                )
            )
        return finish(
            path, data, segments, source_lang, target_lang, self.name, "no rows with a source and a target"
        )

    def patch(self, original: bytes, document: Document, path: str) -> bytes:
        table = _table(path, original)
        by_key = {json.loads(s.key): s for s in document if s.key}
        edits: list[tuple[Cell, str]] = []
        for row in table.data_rows():
            segment = by_key.get(table.key(row))
            if segment is not None:
                edits += _edits(table, row, segment)
        if not edits:
            return original
        text = splice(table.decoded.text, edits)
        return encode_text(text, table.decoded.encoding, table.decoded.bom)

    def build(self, document: Document) -> bytes:
        out = io.StringIO()
        writer = csv.writer(out, delimiter="\t", lineterminator="\n")
        writer.writerow(["id", "source", "target", "note", "status"])
        for segment in document:
            writer.writerow([segment.id, segment.source, segment.target, segment.note, segment.status.value])
        return out.getvalue().encode("utf-8")


FORMAT = Tabular()
