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

import functools
import re
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple, NoReturn

from editor.core.errors import FormatError

_LINE_END = re.compile(r"\r\n|\n|\r")
_LINE_END_SPLIT = re.compile(r"(\r\n|\n|\r)")
_QUOTED = re.compile(r'"[^"]*(?:""[^"]*)*"')  # unrolled, so a missing close quote fails in linear time
_NUMBER = re.compile(r"[-+]?\d+(?:[.,]\d+)*")
_NAMES = {"\t": "a tab", ",": "a comma", ";": "a semicolon"}


class Cell(NamedTuple):
    value: str
    start: int  # the cell's text in the file, quotes included: text[start:end]
    end: int
    quoted: bool


class Row(NamedTuple):
    """A row's values; where its cells sit is worked out again only for rows that are edited
    (``cells``). Named tuples rather than dataclasses, and no cell objects: a table of 100 000
    rows is read in well under a second."""

    values: list[str]
    start: int  # where the row starts in the text
    line: int  # 1-based line where the row starts
    end_line: int  # where it ends: a quoted cell may hold line breaks
    quoted: frozenset[int] = frozenset()  # the cells in CSV quotes

    @property
    def blank(self) -> bool:
        return not any(value.strip() for value in self.values)


def read_rows(text: str, delimiter: str, path: str | Path) -> tuple[list[Row], bool]:
    """The rows of a table and whether its cells use CSV quoting (see the module's rule)."""
    if delimiter != "\t":
        return split_rows(text, delimiter, True, path), True
    if quoted_cell_start(text, delimiter):
        try:
            quoted = split_rows(text, delimiter, True, path)
            if _csv_quoted(quoted):
                return quoted, True
        except FormatError:
            pass  # quotes CSV cannot parse: text
    return split_rows(text, delimiter, False, path), False


def quoted_cell_start(text: str, delimiter: str) -> bool:
    """Whether a cell of the text, split plainly, starts with a quote."""
    return text.startswith('"') or any(f'{c}"' in text for c in (delimiter, "\n", "\r"))


def _csv_quoted(rows: list[Row]) -> bool:
    """Whether the quotes of a tab-separated file, read as CSV, are evidence of CSV quoting."""
    if any(any(c in row.values[i] for c in '\t\r\n"') for row in rows for i in row.quoted):
        return True
    return all(
        i in row.quoted
        for row in rows
        for i, value in enumerate(row.values)
        if value.strip() and not _NUMBER.fullmatch(value)
    )


def split_rows(text: str, delimiter: str, quoting: bool, path: str | Path) -> list[Row]:
    """Every row of the text. With ``quoting``, cells follow CSV rules (RFC 4180, strictly: a
    closing quote must end the cell); without, a quote is text like any other character."""
    pieces = _LINE_END_SPLIT.split(text)  # line, line end, line, ..., line ("" after a last line end)
    rows: list[Row] = []
    pos, line, i = 0, 1, 0
    while i < len(pieces) and (pieces[i] or i + 1 < len(pieces)):
        row = _one_line(pieces[i], pos, line, delimiter, quoting)
        if row is None:  # a quoted cell holding a delimiter or a line break, or a malformed one
            found, end, end_line = _cells(text, pos, line, delimiter, True, path)
            quoted = frozenset(n for n, cell in enumerate(found) if cell.quoted)
            row = Row([cell.value for cell in found], pos, line, end_line, quoted)
            end = _after_line_end(text, end)
        else:
            end = pos + len(pieces[i]) + (len(pieces[i + 1]) if i + 1 < len(pieces) else 0)
        rows.append(row)
        while pos < end:  # past the row's line, and any lines its quoted cells hold
            pos += len(pieces[i]) + (len(pieces[i + 1]) if i + 1 < len(pieces) else 0)
            i += 2
        line = row.end_line + 1
    return rows


def _one_line(content: str, pos: int, line: int, delimiter: str, quoting: bool) -> Row | None:
    """A row that is one line and whose quoted cells hold no delimiter (the usual case), read
    the fast way: split, then unquote; None for any other row."""
    values = content.split(delimiter)
    if not quoting or '"' not in content:
        return Row(values, pos, line, line)
    quoted = []
    for n, value in enumerate(values):
        if value.startswith('"'):
            if not _QUOTED.fullmatch(value):
                return None
            values[n] = value[1:-1].replace('""', '"')
            quoted.append(n)
    return Row(values, pos, line, line, frozenset(quoted))


def cells(text: str, row: Row, delimiter: str, quoting: bool, path: str | Path) -> tuple[Cell, ...]:
    """The cells of a row read by ``split_rows`` from this text, with where each one sits."""
    return _cells(text, row.start, row.line, delimiter, quoting, path)[0]


def _after_line_end(text: str, pos: int) -> int:
    return pos + 2 if text.startswith("\r\n", pos) else min(pos + 1, len(text))


@functools.cache
def _cell_pattern(delimiter: str, quoting: bool) -> re.Pattern[str]:
    """One cell and what ends it: a delimiter, a line end or the end of the text. With quoting, a
    cell starting with a quote runs to its closing quote (quotes inside doubled), unrolled so that
    a missing close quote fails in linear time."""
    d = re.escape(delimiter)
    plain = rf"[^\"{d}\r\n][^{d}\r\n]*|" if quoting else rf"[^{d}\r\n]*"
    quoted = r'"([^"]*(?:""[^"]*)*)"|' if quoting else "()(?!)|"  # the group exists either way
    return re.compile(rf"(?:{quoted}({plain}))({d}|\r\n|\n|\r|\Z)")


def _cells(
    text: str, pos: int, line: int, delimiter: str, quoting: bool, path: str | Path
) -> tuple[tuple[Cell, ...], int, int]:
    """The cells of the row starting at ``pos``, where the row ends and the line it ends on."""
    pattern = _cell_pattern(delimiter, quoting)
    found: list[Cell] = []
    while True:
        match = pattern.match(text, pos)
        if match is None:
            _malformed(text, pos, line, delimiter, path)
        inside = match.group(1)
        if inside is None:
            found.append(Cell(match.group(2), pos, match.end(2), False))
        else:
            found.append(Cell(inside.replace('""', '"'), pos, match.end(1) + 1, True))
            line += len(_LINE_END.findall(inside)) if "\n" in inside or "\r" in inside else 0
        if match.group(3) != delimiter:
            return tuple(found), match.start(3), line
        pos = match.end()


def _malformed(text: str, pos: int, line: int, delimiter: str, path: str | Path) -> NoReturn:
    """Say what is wrong with the quoted cell at ``pos``, which the cell pattern does not match."""
    found = _QUOTED.match(text, pos)
    if found is None:
        raise FormatError(path, "malformed table: a quoted cell is never closed", line=line)
    raise FormatError(
        path,
        f"malformed table: {_NAMES.get(delimiter, repr(delimiter))} or a line end expected after "
        "the closing quote of a quoted cell",
        line=line + len(_LINE_END.findall(found.group())),
    )


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
