"""TSV/CSV tables: rows nobody edited come back byte for byte, edited cells in the file's style."""

from __future__ import annotations

import pytest

from editor.cli import main
from editor.core.errors import FormatError
from editor.core.formats import tabular
from editor.core.formats.bilingual import read_bilingual
from editor.core.model import SegmentStatus
from tests.core.formats.contract import edited

# (file name, content): tables as other tools write them, each read and written back unchanged.
UNEDITED = [
    (
        "unknown-status.tsv",
        "id\tsource\ttarget\tnote\tstatus\n1\tOpen the file\tDatei öffnen\t\ttranslated\n",
    ),
    (
        "all-quoted.csv",
        '"id","source","target","status"\n"1","Open the file","Datei öffnen","Confirmed"\n'
        '"2","The price rose, last month.","Der Preis stieg letzten Monat.","new"\n',
    ),
    (
        "quotes-inside.tsv",
        "id\tsource\ttarget\tstatus\n1\tOpen the file\tDatei öffnen\tnew\n"
        '2\tHello "world" today\tHallo "Welt" heute\tTranslated\n',
    ),
    ("minimal-quoting.csv", 'source,target\n"Hello, world",Hallo Welt\nPlain,"Sie sagte ""ja"""\n'),
    ("spaces-and-crlf.csv", "source;target;status\r\n a ;b; REVIEWED \r\nc;d;\r\n"),
    ("bom-no-final-newline.tsv", "\ufeffsource\ttarget\nOne\tEins\nTwo\tZwei"),
    ("headerless.tsv", "Open the file\tDatei öffnen\nClose it\tSchließen\tnote\n"),
]


def _write(tmp_path, name: str, content: str):
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8"))
    return path


@pytest.mark.parametrize(("name", "content"), UNEDITED, ids=[name for name, _ in UNEDITED])
def test_an_unedited_table_is_written_back_byte_for_byte(tmp_path, capsys, name, content):
    path = _write(tmp_path, name, content)
    imported = read_bilingual(path)
    assert tabular.FORMAT.patch(imported.original, imported.document, str(path)) == path.read_bytes()
    project, out = tmp_path / "p.pedit", tmp_path / ("out-" + name)
    assert main(["new", str(path), "-o", str(project)]) == 0
    assert main(["export", str(project), "--format", "tsv", "-o", str(out)]) == 0
    assert out.read_bytes() == path.read_bytes()


# (content, segment, new target or None, new status, the file expected after the edit)
EDITS = [
    (  # a new target in an all-quoted CSV is quoted; the status keeps its cell's case
        UNEDITED[1][1],
        2,
        "Der Preis stieg im Monat.",
        SegmentStatus.REVIEWED,
        '"id","source","target","status"\n"1","Open the file","Datei öffnen","Confirmed"\n'
        '"2","The price rose, last month.","Der Preis stieg im Monat.","reviewed"\n',
    ),
    (  # only the status changed: the target cell is left alone, "Confirmed" becomes "Reviewed"
        UNEDITED[1][1],
        1,
        None,
        SegmentStatus.REVIEWED,
        '"id","source","target","status"\n"1","Open the file","Datei öffnen","Reviewed"\n'
        '"2","The price rose, last month.","Der Preis stieg letzten Monat.","new"\n',
    ),
    (  # an unknown status is replaced once the state changes; the other row stays as written
        UNEDITED[2][1],
        1,
        "Die Datei öffnen",
        SegmentStatus.CONFIRMED,
        "id\tsource\ttarget\tstatus\n1\tOpen the file\tDie Datei öffnen\tconfirmed\n"
        '2\tHello "world" today\tHallo "Welt" heute\tTranslated\n',
    ),
    (  # minimal quoting: quotes only where the new value needs them
        UNEDITED[3][1],
        1,
        "Hallo, Welt",
        SegmentStatus.NEW,
        'source,target\n"Hello, world","Hallo, Welt"\nPlain,"Sie sagte ""ja"""\n',
    ),
    (  # CRLF, odd spacing and upper-case status kept; the BOM-less encoding as it was
        UNEDITED[4][1],
        2,
        "D",
        SegmentStatus.CONFIRMED,
        "source;target;status\r\n a ;b; REVIEWED \r\nc;D;confirmed\r\n",
    ),
    (  # a BOM and a missing final newline are kept
        UNEDITED[5][1],
        2,
        "Zwo",
        SegmentStatus.NEW,
        "\ufeffsource\ttarget\nOne\tEins\nTwo\tZwo",
    ),
]


@pytest.mark.parametrize(
    ("content", "segment", "target", "status", "expected"),
    EDITS,
    ids=["quoted-target", "quoted-status", "unknown-status", "minimal-quoting", "crlf-spacing", "bom"],
)
def test_an_edit_rewrites_only_its_own_cells(tmp_path, content, segment, target, status, expected):
    path = _write(tmp_path, "t.csv" if "," in content.split("\n")[0] else "t.tsv", content)
    imported = read_bilingual(path)
    old = imported.document[segment]
    document = edited(imported.document, segment, old.target if target is None else target, status)
    patched = tabular.FORMAT.patch(imported.original, document, str(path))
    assert patched.decode("utf-8") == expected
    assert patched.startswith(b"\xef\xbb\xbf") == content.startswith("\ufeff")


@pytest.mark.parametrize(
    ("cell", "status"),
    [
        ("new", SegmentStatus.NEW),
        ("Confirmed", SegmentStatus.CONFIRMED),
        (" REVIEWED ", SegmentStatus.REVIEWED),
        ("Draft", SegmentStatus.DRAFT),
        ("translated", SegmentStatus.NEW),  # unknown to the tool: new, and kept as written
        ("", SegmentStatus.NEW),
    ],
)
def test_status_cells_are_read_in_any_case(tmp_path, cell, status):
    path = _write(tmp_path, "s.tsv", f"source\ttarget\tstatus\nA\tB\t{cell}\n")
    assert read_bilingual(path).document[1].status is status


@pytest.mark.parametrize(
    ("content", "message", "line"),
    [
        ('source,target\nA,B\n"never closed,C\n', "a quoted cell is never closed", 3),
        ('source,target\n"A"B,C\n', "a comma or a line end expected after the closing quote", 2),
        ('source;target\n"A\nB"x;C\n', "a semicolon or a line end expected", 3),
    ],
)
def test_malformed_csv_names_the_file_and_line(tmp_path, content, message, line):
    path = _write(tmp_path, "bad.csv", content)
    with pytest.raises(FormatError) as err:
        read_bilingual(path)
    assert (err.value.path, err.value.line) == (str(path), line)
    assert message in err.value.message


# (file name, content, the (source, target) pairs read): quotes in a TSV are text unless the
# whole file is CSV-quoted; a CSV always follows CSV quoting.
QUOTES = [
    (
        "no-header.tsv",
        '"Hello," he said.\t„Hallo“, sagte er.\nThe second line.\tDie zweite Zeile.\n',
        [('"Hello," he said.', "„Hallo“, sagte er."), ("The second line.", "Die zweite Zeile.")],
    ),
    (
        "header.tsv",
        'source\ttarget\n"Hello," he said.\t„Hallo“, sagte er.\n',
        [('"Hello," he said.', "„Hallo“, sagte er.")],
    ),
    ("whole-cell.tsv", 'source\ttarget\n"Stop"\t„Halt“\nGo\tLos\n', [('"Stop"', "„Halt“")]),
    ("never-closed.tsv", 'source\ttarget\n"Stop\tHalt\n', [('"Stop', "Halt")]),
    ("inner-quotes.tsv", 'source\ttarget\nSay "hi"\tSag "hallo"\n', [('Say "hi"', 'Sag "hallo"')]),
    (  # pandas/Excel: only cells that need it are quoted, quotes doubled
        "minimal.tsv",
        'source\ttarget\n"He said ""hi"""\tEr sagte „hi“\n"Tab\there"\tTab\n',
        [('He said "hi"', "Er sagte „hi“"), ("Tab\there", "Tab")],
    ),
    (
        "line-break.tsv",
        'source\ttarget\n"Two\nlines"\tZwei Zeilen\nOne\tEins\n',
        [("Two\nlines", "Zwei Zeilen"), ("One", "Eins")],
    ),
    ("quote-all.tsv", '"source"\t"target"\n"Stop"\t"Halt"\n', [("Stop", "Halt")]),
    ("quote-nonnumeric.tsv", '"id"\t"source"\t"target"\n1\t"Stop"\t"Halt"\n', [("Stop", "Halt")]),
    (
        "csv.csv",
        'source,target\n"Stop",Halt\n"Hello, world",Hallo\n',
        [("Stop", "Halt"), ("Hello, world", "Hallo")],
    ),
]


@pytest.mark.parametrize(("name", "content", "pairs"), QUOTES, ids=[name for name, _, _ in QUOTES])
def test_quotes_at_the_start_of_a_cell(tmp_path, name, content, pairs):
    path = _write(tmp_path, name, content)
    imported = read_bilingual(path)
    assert [(s.source, s.target) for s in imported.document][: len(pairs)] == pairs
    assert tabular.FORMAT.patch(imported.original, imported.document, str(path)) == path.read_bytes()


# (content, segment, new target, the file expected): edits keep a plain TSV plain.
PLAIN_EDITS = [
    (
        QUOTES[0][1],
        1,
        "„Hallo“, sagte sie.",
        '"Hello," he said.\t„Hallo“, sagte sie.\nThe second line.\tDie zweite Zeile.\n',
    ),
    (QUOTES[2][1], 2, '"Los"', 'source\ttarget\n"Stop"\t„Halt“\nGo\t"Los"\n'),
    (QUOTES[4][1], 1, 'Sag "hallo"!', 'source\ttarget\nSay "hi"\tSag "hallo"!\n'),
    (  # a plain file without quotes can hold a tab only in CSV quotes
        "source\ttarget\nA\tB\nC\tD\n",
        2,
        "D\tE",
        'source\ttarget\nA\tB\nC\t"D\tE"\n',
    ),
    (
        QUOTES[5][1],
        2,
        'Tab "da"',
        'source\ttarget\n"He said ""hi"""\tEr sagte „hi“\n"Tab\there"\t"Tab ""da"""\n',
    ),
]


@pytest.mark.parametrize(
    ("content", "segment", "target", "expected"),
    PLAIN_EDITS,
    ids=["plain-no-header", "plain-whole-cell", "plain-inner-quotes", "plain-gets-a-tab", "csv-quoted"],
)
def test_an_edit_keeps_the_files_quoting(tmp_path, content, segment, target, expected):
    path = _write(tmp_path, "t.tsv", content)
    imported = read_bilingual(path)
    document = edited(imported.document, segment, target, SegmentStatus.NEW)
    out = _write(tmp_path, "out.tsv", tabular.FORMAT.patch(imported.original, document, str(path)).decode())
    assert out.read_text(encoding="utf-8") == expected
    assert [s.target for s in read_bilingual(out).document] == [s.target for s in document]


def test_a_tab_cannot_be_quoted_into_a_tsv_whose_quotes_are_text(tmp_path):
    path = _write(tmp_path, "t.tsv", QUOTES[0][1])
    imported = read_bilingual(path)
    document = edited(imported.document, 2, "Die\tzweite Zeile.", SegmentStatus.NEW)
    with pytest.raises(FormatError) as err:
        tabular.FORMAT.patch(imported.original, document, str(path))
    assert (err.value.path, err.value.line) == (str(path), 2)
    assert "quotes are text" in err.value.message and "export to another format" in err.value.message
