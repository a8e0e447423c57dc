"""Delimited text (TSV, CSV) split into rows of cells that remember where they sit in the file.

Python's csv module gives the values only; to write back one edited cell and keep every other
byte of a file (its quoting, spacing, line ends), each cell has to know its span in the text.

Comma- and semicolon-separated files follow CSV quoting. A tab-separated file is plain text, where
a quote is a character like any other (``"Hello," he said.`` is a cell), unless the whole file
reads under strict CSV quoting and its quotes show that it was written that way: a quoted cell
holds a tab, a line break or a doubled quote (what CSV writers quote), or every cell that is not
empty or a number is quoted (what quote-all writers do). One cell in quotes (``"Stop"``) among
plain ones is text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from editor.core.errors import FormatError

_LINE_END = re.compile(r"\r\n|\n|\r")
_QUOTED = re.compile(r'"[^"]*(?:""[^"]*)*"')  # unrolled, so a missing close quote fails in linear time
_NUMBER = re.compile(r"[-+]?\d+(?:[.,]\d+)*")
_NAMES = {"\t": "a tab", ",": "a comma", ";": "a semicolon"}


@dataclass(frozen=True, slots=True)
class Cell:
    value: str
    start: int  # the cell's text in the file, quotes included: text[start:end]
    end: int
    quoted: bool


@dataclass(frozen=True, slots=True)
class Row:
    cells: tuple[Cell, ...]
    line: int  # 1-based line where the row starts
    end_line: int  # where it ends: a quoted cell may hold line breaks

    @property
    def values(self) -> list[str]:
        return [cell.value for cell in self.cells]

    @property
    def blank(self) -> bool:
        return not any(cell.value.strip() for cell in self.cells)


def read_rows(text: str, delimiter: str, path: str | Path) -> tuple[list[Row], bool]:
    """The rows of a table and whether its cells use CSV quoting (see the module's rule)."""
    if delimiter != "\t":
        return split_rows(text, delimiter, True, path), True
    plain = split_rows(text, delimiter, False, path)
    if not any(cell.value.startswith('"') for row in plain for cell in row.cells):
        return plain, False
    try:
        quoted = split_rows(text, delimiter, True, path)
    except FormatError:
        return plain, False  # quotes CSV cannot parse: text
    return (quoted, True) if _csv_quoted(quoted) else (plain, False)


def _csv_quoted(rows: list[Row]) -> bool:
    """Whether the quotes of a tab-separated file, read as CSV, are evidence of CSV quoting."""
    cells = [cell for row in rows for cell in row.cells]
    if any(cell.quoted and any(c in cell.value for c in '\t\r\n"') for cell in cells):
        return True
    return all(cell.quoted for cell in cells if cell.value.strip() and not _NUMBER.fullmatch(cell.value))


def split_rows(text: str, delimiter: str, quoting: bool, path: str | Path) -> list[Row]:
    """Every row of the text. With ``quoting``, cells follow CSV rules (RFC 4180, strictly: a
    closing quote must end the cell); without, a quote is text like any other character."""
    rows: list[Row] = []
    pos, line = 0, 1
    while pos < len(text):
        row, pos = _row(text, pos, line, delimiter, quoting, path)
        rows.append(row)
        line = row.end_line + 1
    return rows


def _row(text: str, pos: int, line: int, delimiter: str, quoting: bool, path: str | Path) -> tuple[Row, int]:
    """The row starting at ``pos`` and where the next one starts."""
    cells: list[Cell] = []
    start_line = line
    plain = re.compile(f"[^{re.escape(delimiter)}\r\n]*")
    while True:
        if quoting and text.startswith('"', pos):
            cell, line = _quoted_cell(text, pos, line, delimiter, path)
        else:
            found = plain.match(text, pos)
            assert found is not None  # the pattern matches the empty string
            cell = Cell(found.group(), pos, found.end(), False)
        cells.append(cell)
        pos = cell.end
        if text.startswith(delimiter, pos):
            pos += 1
            continue
        end = _LINE_END.match(text, pos)
        return Row(tuple(cells), start_line, line), end.end() if end else pos


def _quoted_cell(text: str, pos: int, line: int, delimiter: str, path: str | Path) -> tuple[Cell, int]:
    """A cell in double quotes (doubled inside) and the line it ends on."""
    found = _QUOTED.match(text, pos)
    if found is None:
        raise FormatError(path, "malformed table: a quoted cell is never closed", line=line)
    line += len(_LINE_END.findall(found.group()))
    end = found.end()
    if end < len(text) and text[end] != delimiter and text[end] not in "\r\n":
        raise FormatError(
            path,
            f"malformed table: {_NAMES.get(delimiter, repr(delimiter))} or a line end expected after "
            "the closing quote of a quoted cell",
            line=line,
        )
    return Cell(found.group()[1:-1].replace('""', '"'), pos, end, True), line


def quote(value: str, delimiter: str, always: bool) -> str:
    """A value as a CSV cell: in quotes when ``always`` or when it needs them."""
    if always or any(c in value for c in (delimiter, '"', "\r", "\n")):
        return '"' + value.replace('"', '""') + '"'
    return value


def splice(text: str, edits: Iterable[tuple[Cell, str]]) -> str:
    """The text with each cell's span replaced by new cell text; everything else as it was."""
    parts, pos = [], 0
    for cell, written in sorted(edits, key=lambda edit: edit[0].start):
        parts += [text[pos : cell.start], written]
        pos = cell.end
    parts.append(text[pos:])
    return "".join(parts)
