"""PO positions are the file's lines and columns: escapes counted, pieces of a string on their
own lines, plural forms, empty strings, line ends and byte order marks as files have them."""

from __future__ import annotations

import pytest

from editor.core.formats.bilingual import read_bilingual
from editor.core.formats.polayout import PoLayout
from editor.core.positions import Positions

HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: de\\n"\n\n'

# (PO after the header, segment, side, the span's text in the segment (its first occurrence),
#  the span's position: line, col, end_line, end_col in the whole file, header included)
CASES = [
    pytest.param('msgid "Open it"\nmsgstr "Öffne es"\n', 1, "target", "es", (7, 14, 7, 16), id="one-line"),
    pytest.param(
        'msgid "a"\nmsgstr "Der \\"Preis\\" MonatLaut"\n',
        1,
        "target",
        "MonatLaut",
        (7, 22, 7, 31),
        id="escaped-quotes-before",
    ),
    pytest.param(
        'msgid "a"\nmsgstr "Tab\\tund\\\\ MonatLaut"\n',
        1,
        "target",
        "MonatLaut",
        (7, 19, 7, 28),
        id="tab-and-backslash-before",
    ),
    pytest.param(
        'msgid "a"\nmsgstr "Sag \\"Hallo\\""\n', 1, "target", '"Hallo"', (7, 12, 7, 21), id="span-of-escapes"
    ),
    pytest.param(
        'msgid "a"\nmsgstr ""\n"Erste Zeile\\n"\n"Zweite MonatLaut"\n',
        1,
        "target",
        "MonatLaut",
        (9, 8, 9, 17),
        id="second-piece",
    ),
    pytest.param(
        'msgid "a"\nmsgstr ""\n"Erste Zeile "\n"und zweite"\n',
        1,
        "target",
        "Zeile und",
        (8, 7, 9, 4),
        id="across-pieces",
    ),
    pytest.param(
        'msgid "a"\nmsgstr ""\n"Ende. "\n"Weiter"\n',
        1,
        "target",
        "Ende. ",
        (8, 1, 8, 7),
        id="ends-with-its-piece",
    ),
    pytest.param('msgid "a"\nmsgstr ""\n', 1, "target", "", (7, 8, 7, 8), id="empty"),
    pytest.param(
        'msgid "%d file"\nmsgid_plural "%d files"\nmsgstr[0] "%d Datei"\nmsgstr[1] "%s Dateien"\n',
        2,
        "target",
        "%s",
        (9, 11, 9, 13),
        id="plural-form",
    ),
    pytest.param(
        'msgid "%d file"\nmsgid_plural "%d files"\nmsgstr[0] "%d Datei"\nmsgstr[1] "%s Dateien"\n',
        2,
        "source",
        "files",
        (7, 17, 7, 22),
        id="plural-source",
    ),
    pytest.param(
        'msgid ""\n"The price rose by "\n"5 percent."\nmsgstr "Der Preis"\n',
        1,
        "source",
        "5",
        (8, 1, 8, 2),
        id="source-pieces",
    ),
    pytest.param(
        'msgctxt "menu"\nmsgid "Open"\nmsgstr "Öffnen"\n\nmsgctxt "file"\nmsgid "Open"\nmsgstr "Öffnen!"\n',
        2,
        "target",
        "!",
        (12, 14, 12, 15),
        id="same-msgid-other-context",
    ),
    pytest.param(
        '#, fuzzy\n#| msgid "Old"\nmsgid "a"\nmsgstr "b c"\n\n#~ msgid "x"\n#~ msgstr "y"\n\n'
        'msgid "d"\nmsgstr    "e f"\n',
        2,
        "target",
        "f",
        (15, 13, 15, 14),
        id="comments-obsolete-and-spacing",
    ),
    pytest.param(
        'msgid "%d file"\nmsgid_plural "%d files"\nmsgstr[0] "%d Datei"\n',
        2,
        "target",
        "",
        (8, 19, 8, 19),
        id="plural-form-missing",
    ),
    pytest.param(
        'msgid "a"\nmsgstr "b"\n\nmsgid ""\nmsgstr "X-Other: header\\n"\n\nmsgid "c"\nmsgstr "d MonatLaut"\n',
        2,
        "target",
        "MonatLaut",
        (13, 10, 13, 19),
        id="numbered-otherwise-than-pypo",
    ),
]


def _po(tmp_path, body: str, newline: str = "\n", bom: bytes = b"") -> tuple:
    path = tmp_path / "t.po"
    path.write_bytes(bom + (HEADER + body).replace("\n", newline).encode("utf-8"))
    return path, read_bilingual(path, "en", "de")


def _span(document, segment_id: int, side: str, text: str) -> tuple[int, int]:
    segment = document[segment_id]
    start = (segment.source if side == "source" else segment.target).index(text)
    return start, start + len(text)


@pytest.mark.parametrize(("body", "segment", "side", "text", "expected"), CASES)
@pytest.mark.parametrize(("newline", "bom"), [("\n", b""), ("\r\n", b"\xef\xbb\xbf")], ids=["lf", "crlf-bom"])
def test_spans_are_at_the_files_lines_and_columns(
    tmp_path, body, segment, side, text, expected, newline, bom
):
    path, imported = _po(tmp_path, body, newline, bom)
    document = imported.document
    positions = Positions(document, PoLayout.read(imported.original))
    assert positions.locate(segment, side, *_span(document, segment, side, text)) == expected
    line, col, end_line, end_col = expected
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    if line == end_line and text and "\\" not in lines[line - 1][col:end_col]:
        assert lines[line - 1][col:end_col] == text  # the span is what the file holds there


def test_an_edited_target_is_counted_from_where_its_string_starts(tmp_path):
    _, imported = _po(tmp_path, 'msgid "a"\nmsgstr ""\n"Alt "\n"und lang"\n')
    document = imported.document
    document.set_target(1, 'Neu "MonatLaut"')
    positions = Positions(document, PoLayout.read(imported.original))
    start, end = _span(document, 1, "target", "MonatLaut")
    assert positions.locate(1, "target", start, end) == (8, 1 + 6, 8, 1 + 6 + 9)  # after 'Neu \"'
