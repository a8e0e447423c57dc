"""Rows and cells of delimited text: the same values as Python's csv module, and spans that hold
exactly each cell's text."""

from __future__ import annotations

import csv
import io
import random

import pytest

from editor.core.formats.delimited import cells, read_rows, split_rows

PIECES = ["a", "b", " ", '"', '""', ",", ";", "\t", "\n", "\r\n", "ä", "😀", "1", "-2.5"]


def _table(rnd: random.Random) -> list[list[str]]:
    def cell() -> str:
        return "".join(rnd.choice(PIECES) for _ in range(rnd.randint(0, 5)))

    width = rnd.randint(1, 4)
    return [[cell() for _ in range(width)] for _ in range(rnd.randint(1, 5))]


@pytest.mark.parametrize("seed", range(20))
def test_csv_quoting_reads_what_csv_writers_write(seed):
    rnd = random.Random(seed)
    for _ in range(25):
        delimiter = rnd.choice([",", ";", "\t"])
        out = io.StringIO()
        quoting = rnd.choice([csv.QUOTE_MINIMAL, csv.QUOTE_ALL])
        writer = csv.writer(
            out, delimiter=delimiter, lineterminator=rnd.choice(["\n", "\r\n"]), quoting=quoting
        )
        writer.writerows(_table(rnd))
        text = out.getvalue().rstrip("\n") if rnd.random() < 0.3 else out.getvalue()
        expected = [row or [""] for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
        rows = split_rows(text, delimiter, True, "t.csv")
        assert [row.values for row in rows] == expected, repr(text)
        for row in rows:
            for cell in cells(text, row, delimiter, True, "t.csv"):
                raw = text[cell.start : cell.end]
                assert (raw[1:-1].replace('""', '"') if cell.quoted else raw) == cell.value


@pytest.mark.parametrize(
    ("text", "quoted", "values"),
    [
        ('a\t"b"\n', False, [["a", '"b"']]),  # one cell in quotes, nothing needing them: text
        ('"a"\t"b"\n', True, [["a", "b"]]),  # every cell quoted
        ('1\t"b"\n', True, [["1", "b"]]),  # every cell but numbers quoted
        ('a\t"b ""c"""\n', True, [["a", 'b "c"']]),  # a doubled quote
        ('a\t"b\tc"\n', True, [["a", "b\tc"]]),  # a tab inside quotes
        ('"a\nb"\tc\n', True, [["a\nb", "c"]]),  # a line break inside quotes
        ('"a," b\tc\n"d"\te\n', False, [['"a," b', "c"], ['"d"', "e"]]),  # not CSV at all
        ('"a\tb\n', False, [['"a', "b"]]),  # never closed
    ],
)
def test_a_tsv_is_csv_quoted_only_when_its_quotes_say_so(text, quoted, values):
    rows, is_quoted = read_rows(text, "\t", "t.tsv")
    assert (is_quoted, [row.values for row in rows]) == (quoted, values)
