"""Decoding text files: the encodings we accept and the clear errors for the rest."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from editor.core.errors import FormatError
from editor.core.formats.encoding import encode_text, read_text

TEXT = "Grüße „aus“ Köln – 5 €\nzweite Zeile\n"

ACCEPTED = [
    ("utf-8", TEXT.encode("utf-8"), "utf-8", False),
    ("utf-8-bom", codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8", True),
    ("utf-16-le-bom", codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le", True),
    ("utf-16-be-bom", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be", True),
]


@pytest.mark.parametrize(("name", "data", "encoding", "bom"), ACCEPTED)
def test_accepted_encodings_round_trip(
    tmp_path: Path, name: str, data: bytes, encoding: str, bom: bool
) -> None:
    path = tmp_path / f"{name}.txt"
    path.write_bytes(data)
    decoded = read_text(path)
    assert decoded.text == TEXT
    assert (decoded.encoding, decoded.bom) == (encoding, bom)
    assert encode_text(decoded.text, decoded.encoding, decoded.bom) == data


REFUSED = [
    ("latin-1", "Zeile eins\nGrüße\n".encode("latin-1"), "not UTF-8", 2),
    ("utf-16-no-bom", "Hallo\nWelt".encode("utf-16-le"), "binary", 1),
    ("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary", 3),
]


@pytest.mark.parametrize(("name", "data", "message", "line"), REFUSED)
def test_refused_encodings_name_file_and_line(
    tmp_path: Path, name: str, data: bytes, message: str, line: int
) -> None:
    path = tmp_path / f"{name}.txt"
    path.write_bytes(data)
    with pytest.raises(FormatError) as info:
        read_text(path)
    assert info.value.path == str(path)
    assert info.value.line == line
    assert message in str(info.value)
    assert str(path) in str(info.value)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="no such file"):
        read_text(tmp_path / "missing.txt")
    with pytest.raises(FormatError, match="directory"):
        read_text(tmp_path)
