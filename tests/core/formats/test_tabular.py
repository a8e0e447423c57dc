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
