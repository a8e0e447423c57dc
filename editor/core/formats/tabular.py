"""TSV and CSV bilingual tables: a source and a target column, optionally id, note and status.

A header row names the columns; a tab-separated file without a header is read as source,
target[, note]. The delimiter, quoting, line ends and encoding are kept, and a round trip
changes only the target (and status) cells of edited rows.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from editor.core.errors import FormatError
from editor.core.formats.bilingual import BilingualImport, finish, unique_key
from editor.core.formats.encoding import decode_bytes, encode_text
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


def _first_line(text: str) -> str:
    return text.lstrip("\ufeff").split("\n", 1)[0].rstrip("\r")


def _delimiter(line: str) -> str:
    counts = {d: line.count(d) for d in ("\t", ",", ";")}
    return max(counts, key=lambda d: counts[d])


def _header(line: str, delimiter: str) -> dict[str, int] | None:
    cells = next(csv.reader([line], delimiter=delimiter))
    columns = {}
    for index, cell in enumerate(cells):
        name = _NAMES.get(cell.strip().lower())
        if name and name not in columns:
            columns[name] = index
    return columns if {"source", "target"} <= columns.keys() else None


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
        delimiter = _delimiter(line)
        if _header(line, delimiter) is not None:
            return True
        lines = [ln for ln in text.split("\n")[:5] if ln.strip()]
        widths = {ln.count("\t") for ln in lines[:-1] or lines}
        return len(widths) == 1 and widths.pop() in (1, 2)

    def _table(
        self, path: str | Path, data: bytes
    ) -> tuple[list[list[str]], list[int], dict[str, int], bool, str, str, object]:
        decoded = decode_bytes(data, path)
        text = decoded.text
        newline = "\r\n" if "\r\n" in text else "\n"
        line = _first_line(text)
        delimiter = _delimiter(line)
        columns = _header(line, delimiter)
        has_header = columns is not None
        if columns is None:
            columns = {"source": 0, "target": 1, "note": 2}
        reader = csv.reader(io.StringIO(text), delimiter=delimiter, strict=True)
        rows, lines = [], []
        try:
            for row in reader:
                rows.append(row)
                lines.append(reader.line_num)
        except csv.Error as exc:
            raise FormatError(path, f"malformed table: {exc}", line=reader.line_num) from None
        return rows, lines, columns, has_header, delimiter, newline, decoded

    def read(
        self, path: Path, data: bytes, source_lang: str | None, target_lang: str | None
    ) -> BilingualImport:
        rows, lines, columns, has_header, _, _, _ = self._table(path, data)
        width = max(columns["source"], columns["target"]) + 1
        segments: list[Segment] = []
        seen: set[str] = set()
        for row, line in list(zip(rows, lines, strict=True))[1 if has_header else 0 :]:
            if not any(cell.strip() for cell in row):
                continue
            if len(row) < width:
                raise FormatError(path, f"expected at least {width} columns, found {len(row)}", line=line)
            key = row[columns["id"]] if "id" in columns and columns["id"] < len(row) else f"#{line}"
            unique_key(seen, key, path, line, f"id {key!r}")
            target = row[columns["target"]]
            note = row[columns["note"]] if "note" in columns and columns["note"] < len(row) else ""
            status_cell = (
                row[columns["status"]].strip().lower()
                if "status" in columns and columns["status"] < len(row)
                else ""
            )
            status = next((s for s in SegmentStatus if s.value == status_cell), SegmentStatus.NEW)
            n = len(segments) + 1
            segments.append(
                Segment(
                    n,
                    n,
                    row[columns["source"]],
                    target,
                    target,
                    status,
                    key=json.dumps(key),
                    note=note,
                    source_origin=Origin(line, 0, line, 0),
                    target_origin=Origin(line, 0, line, 0),
                )
            )
        return finish(
            path, data, segments, source_lang, target_lang, self.name, "no rows with a source and a target"
        )

    def patch(self, original: bytes, document: Document, path: str) -> bytes:
        rows, lines, columns, has_header, delimiter, newline, decoded = self._table(path, original)
        by_key = {json.loads(s.key): s for s in document if s.key}
        changed = False
        for row, line in list(zip(rows, lines, strict=True))[1 if has_header else 0 :]:
            if not any(cell.strip() for cell in row):
                continue
            key = row[columns["id"]] if "id" in columns and columns["id"] < len(row) else f"#{line}"
            segment = by_key.get(key)
            if segment is None:
                continue
            if row[columns["target"]] != segment.target:
                row[columns["target"]] = segment.target
                changed = True
            if (
                "status" in columns
                and columns["status"] < len(row)
                and row[columns["status"]] != segment.status.value
            ):
                row[columns["status"]] = segment.status.value
                changed = True
        if not changed:
            return original
        out = io.StringIO()
        csv.writer(out, delimiter=delimiter, lineterminator=newline).writerows(rows)
        return encode_text(out.getvalue(), decoded.encoding, decoded.bom)  # type: ignore[attr-defined]

    def build(self, document: Document) -> bytes:
        out = io.StringIO()
        writer = csv.writer(out, delimiter="\t", lineterminator="\n")
        writer.writerow(["id", "source", "target", "note", "status"])
        for segment in document:
            writer.writerow([segment.id, segment.source, segment.target, segment.note, segment.status.value])
        return out.getvalue().encode("utf-8")


FORMAT = Tabular()
