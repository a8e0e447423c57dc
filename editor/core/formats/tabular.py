"""TSV and CSV bilingual tables: a source and a target column, optionally id, note and status.

A header row names the columns (and so the delimiter: tab, comma or semicolon); a file without
one is tab-separated, read as source, target[, note]. Quotes in a tab-separated file are text
unless the file is consistently CSV-quoted (the rule is in ``delimited``).

A round trip rewrites only the target and status cells of edited rows, in the file's own quoting;
every other byte (rows nobody edited, quoting, line ends, encoding) is kept. A status the tool
does not know ("translated") is kept as written; a known one is read in any case ("Confirmed")
and written back in the case of its cell.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from editor.core.errors import FormatError
from editor.core.formats.bilingual import BilingualImport, finish, unique_key
from editor.core.formats.delimited import (
    Cell,
    Row,
    cells,
    quote,
    quoted_cell_start,
    read_rows,
    splice,
    split_rows,
)
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


def _dialect(line: str) -> tuple[str, dict[str, int] | None]:
    """The delimiter and the header's columns: the delimiter under which the first line names a
    source and a target column (the most frequent one, if several do). Without such a header the
    file is tab-separated: counting commas in ``"Hello," he said.<TAB>…`` would make it a CSV."""
    for delimiter in sorted(("\t", ",", ";"), key=line.count, reverse=True):
        columns = _header(_header_cells(line, delimiter))
        if columns is not None:
            return delimiter, columns
    return "\t", None


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


_STATUSES = {status.value: status for status in SegmentStatus}


def _status(cell: str) -> SegmentStatus:
    """The state a status cell names, in any case; NEW for values the tool does not know."""
    return _STATUSES.get(cell.strip().lower(), SegmentStatus.NEW)


def _styled(value: str, like: str) -> str:
    """A status value in the case of the cell it replaces ("Confirmed", "CONFIRMED")."""
    like = like.strip()
    if like.isupper():
        return value.upper()
    return value.capitalize() if like[:1].isupper() else value


class _Edit(NamedTuple):
    row: Row
    column: int
    cell: Cell
    value: str


@dataclass(frozen=True, slots=True)
class _Table:
    """A table as read: its rows, its columns, and how the file writes cells."""

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

    def value(self, row: Row, name: str) -> str | None:
        index = self.columns.get(name)
        return row.values[index] if index is not None and index < len(row.values) else None

    def key(self, row: Row) -> str:
        """The row's id, or its place: the line it ends on (as projects made earlier have it)."""
        found = self.value(row, "id")
        return found if found is not None else f"#{row.end_line}"

    def edits(self, row: Row, changes: dict[str, str]) -> list[_Edit]:
        """The row's cells named in ``changes`` (column name -> new value), with their places."""
        found = cells(self.decoded.text, row, self.delimiter, self.quoting, self.path)
        return [_Edit(row, self.columns[name], found[self.columns[name]], v) for name, v in changes.items()]

    def written(self, value: str, old: Cell) -> str:
        """A new cell value as this file writes cells: in a CSV-quoted file quoted if the old one
        was or if it needs it; in a plain one as it is, save that CSV quotes are the only way to
        hold a tab or a line break (``patch`` checks that the file still reads as meant)."""
        if self.quoting:
            return quote(value, self.delimiter, always=old.quoted)
        return quote(value, self.delimiter, always=True) if any(c in value for c in "\t\r\n") else value


def _table(path: str | Path, data: bytes) -> _Table:
    decoded = decode_bytes(data, path)
    delimiter, columns = _dialect(_first_line(decoded.text))
    rows, quoting = read_rows(decoded.text, delimiter, path)
    return _Table(path, decoded, rows, columns or _HEADERLESS, columns is not None, delimiter, quoting)


def _changes(table: _Table, row: Row, segment: Segment) -> dict[str, str]:
    """The row's target and status cells that differ from its segment, with their new values."""
    changes = {}
    target = table.value(row, "target")
    if target is not None and target != segment.target:
        changes["target"] = segment.target
    status = table.value(row, "status")
    if status is not None and _status(status) is not segment.status:
        changes["status"] = _styled(segment.status.value, status)
    return changes


def _check_reads_back(table: _Table, text: str, edits: list[_Edit]) -> None:
    """Raise unless the patched text reads as the table with just the edited cells changed: in a
    plain TSV whose cells start with quotes, a target quoted for its tab would turn them to CSV."""
    expected = {id(row): list(row.values) for row in table.rows}
    for edit in edits:
        expected[id(edit.row)][edit.column] = edit.value
    after = [row.values for row in read_rows(text, table.delimiter, table.path)[0]]
    if after == [expected[id(row)] for row in table.rows]:
        return
    raise FormatError(
        table.path,
        "cannot write the edited target without changing how the table's other rows read (in a "
        "tab-separated file quotes are text unless every quote in it is CSV quoting, so a tab or a "
        "line break in a target needs a file without other quoted cells); edit the target or "
        "export to another format",
        line=edits[0].row.line,
    )


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
        if _dialect(_first_line(text))[1] is not None:
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
            if len(row.values) < width:
                raise FormatError(
                    path, f"expected at least {width} columns, found {len(row.values)}", line=row.line
                )
            key = table.key(row)
            unique_key(seen, key, path, row.line, f"id {key!r}")
            target = row.values[columns["target"]]
            note, status = table.value(row, "note"), table.value(row, "status")
            n = len(segments) + 1
            segments.append(
                Segment(
                    n,
                    n,
                    row.values[columns["source"]],
                    target,
                    target,
                    _status(status) if status is not None else SegmentStatus.NEW,
                    key=json.dumps(key),
                    note=note or "",
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
        edits: list[_Edit] = []
        for row in table.data_rows():
            segment = by_key.get(table.key(row))
            changes = _changes(table, row, segment) if segment is not None else None
            if changes:
                edits += table.edits(row, changes)
        if not edits:
            return original
        text = splice(table.decoded.text, [(e.cell, table.written(e.value, e.cell)) for e in edits])
        if table.delimiter == "\t" and any(quoted_cell_start(t, "\t") for t in (table.decoded.text, text)):
            _check_reads_back(table, text, edits)  # else both read plain, cell for cell
        return encode_text(text, table.decoded.encoding, table.decoded.bom)

    def build(self, document: Document) -> bytes:
        out = io.StringIO()
        writer = csv.writer(out, delimiter="\t", lineterminator="\n")
        writer.writerow(["id", "source", "target", "note", "status"])
        for segment in document:
            writer.writerow([segment.id, segment.source, segment.target, segment.note, segment.status.value])
        return out.getvalue().encode("utf-8")


FORMAT = Tabular()
