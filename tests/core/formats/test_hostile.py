"""Hostile and broken files: refused with a clear error naming the file, never a traceback,
never an expanded entity, never a fetched resource, never a half-written output."""

from __future__ import annotations

import pytest

from editor.cli import main
from editor.core.errors import FormatError
from editor.core.formats import xmlsafe
from editor.core.formats.bilingual import read_bilingual

HEAD = '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
UNIT = (
    '<file source-language="en" target-language="de"><body><trans-unit id="1"><source>{}</source>'
    "</trans-unit></body></file></xliff>"
)

BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>'
    + HEAD
    + UNIT.format("&d;")
)
QUADRATIC = (
    '<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY x "'
    + "x" * 50_000
    + '">]>'
    + HEAD
    + UNIT.format("&x;" * 1000)
)
EXTERNAL = (
    '<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
    + HEAD
    + UNIT.format("&secret;")
)
PARAMETER = (
    '<?xml version="1.0"?><!DOCTYPE xliff '
    '[<!ENTITY % remote SYSTEM "http://example.invalid/x.dtd"> %remote;]>' + HEAD + UNIT.format("a")
)


@pytest.mark.parametrize(
    "content",
    [BILLION_LAUGHS, QUADRATIC, EXTERNAL, PARAMETER],
    ids=["billion-laughs", "quadratic", "external", "parameter"],
)
def test_entity_declarations_are_refused(tmp_path, content):
    path = tmp_path / "bomb.xlf"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(FormatError, match="declares entities") as err:
        read_bilingual(path)
    assert str(path) in str(err.value) and err.value.line == 1


def test_an_external_dtd_is_named_but_never_fetched(tmp_path, monkeypatch):
    import socket

    def no_network(*args, **kwargs):
        raise AssertionError("the parser tried to reach the network")

    monkeypatch.setattr(socket, "create_connection", no_network)
    path = tmp_path / "dtd.tmx"
    path.write_text(
        '<?xml version="1.0"?><!DOCTYPE tmx SYSTEM "http://example.invalid/tmx14.dtd"><tmx version="1.4">'
        '<header srclang="en"/><body><tu><tuv xml:lang="en"><seg>a</seg></tuv>'
        '<tuv xml:lang="de"><seg>b</seg></tuv>'
        "</tu></body></tmx>",
        encoding="utf-8",
    )
    assert read_bilingual(path).document[1].target == "b"


def test_undeclared_entity_is_an_error(tmp_path):
    path = tmp_path / "u.xlf"
    path.write_text(HEAD + UNIT.format("&nbsp;"), encoding="utf-8")
    with pytest.raises(FormatError, match="malformed XML"):
        read_bilingual(path)


def test_deep_nesting_is_refused(tmp_path):
    path = tmp_path / "deep.xlf"
    deep = xmlsafe.MAX_DEPTH + 10
    path.write_text(HEAD + UNIT.format('<g id="1">' * deep + "x" + "</g>" * deep), encoding="utf-8")
    with pytest.raises(FormatError, match=f"nested more than {xmlsafe.MAX_DEPTH} levels") as err:
        read_bilingual(path)
    assert err.value.line == 1


def test_too_large_is_refused_politely(tmp_path, monkeypatch):
    from editor.core.formats import bilingual

    monkeypatch.setattr(bilingual, "MAX_BILINGUAL_BYTES", 100)
    path = tmp_path / "big.xlf"
    path.write_text(HEAD + UNIT.format("a" * 200), encoding="utf-8")
    with pytest.raises(FormatError, match="file too large"):
        read_bilingual(path)


@pytest.mark.parametrize(
    ("content", "message", "line"),
    [
        (
            HEAD + "\n<file source-language='en' target-language='de'>\n<body><trans-unit id='1'><source>a",
            "malformed XML",
            3,
        ),
        (b"\x00\x01\x02binary", "not a bilingual file", None),
        (b"", "empty file", None),
    ],
)
def test_broken_files(tmp_path, content, message, line):
    path = tmp_path / "broken.xlf"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    with pytest.raises(FormatError) as err:
        read_bilingual(path)
    assert message in str(err.value)
    if line is not None:
        assert err.value.line == line


def test_cli_reports_bad_files_without_traceback_and_writes_nothing(tmp_path, capsys):
    path = tmp_path / "bomb.xlf"
    path.write_text(BILLION_LAUGHS, encoding="utf-8")
    out = tmp_path / "out.pedit"
    assert main(["new", str(path), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and f"{path}:1:" in err
    assert not out.exists()


def test_failed_export_leaves_no_file(tmp_path, capsys):
    from tests.core.formats.contract import DATA

    project = tmp_path / "p.pedit"
    assert main(["new", str(DATA / "phrase.xlf"), "-o", str(project)]) == 0
    from editor.core.store import ProjectStore

    with ProjectStore.open(project) as store:
        document = store.load_document()
        store.save_segments([document[1].with_target("kaputt ⟨1⟩ ohne Ende")])
    out = tmp_path / "out.xlf"
    assert main(["export", str(project), "--format", "xliff2", "-o", str(out)]) == 2
    assert "segment 1" in capsys.readouterr().err
    assert not out.exists()
