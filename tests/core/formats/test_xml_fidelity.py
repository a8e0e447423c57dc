"""XML bilingual files written back as the CAT tool wrote them: in their own encoding (UTF-16 with
a byte-order mark, as Trados and some memoQ versions write), and with every byte outside the
edited units as it was (escapes such as ``&apos;``, quote styles, empty-element tags)."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import pytest
from lxml import etree
from translate.storage import tmx as tt_tmx
from translate.storage import xliff as tt_xliff

from editor.core.formats.bilingual import by_name, read_bilingual
from editor.core.model import SegmentStatus
from tests.core.formats.contract import DATA, edited

SAMPLES = ["trados.sdlxliff", "memoq.mqxliff", "phrase.xlf", "okapi.tmx"]
WIDE = [
    pytest.param(codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16", id="utf16le-bom"),
    pytest.param(codecs.BOM_UTF16_BE, "utf-16-be", "utf-16", id="utf16be-bom"),
    pytest.param(b"", "utf-16-le", "UTF-16", id="utf16le-no-bom"),
    pytest.param(codecs.BOM_UTF8, "utf-8", "UTF-8", id="utf8-bom"),
]
_DECLARED = re.compile(r'encoding="[^"]*"', re.IGNORECASE)
EDIT = "Bearbeitet: „Grüße“ & <Klammern> 😀"


def _reencoded(tmp_path: Path, sample: str, bom: bytes, codec: str, declared: str) -> Path:
    text = _DECLARED.sub(f'encoding="{declared}"', (DATA / sample).read_text(encoding="utf-8"), count=1)
    path = tmp_path / f"in-{sample}"
    path.write_bytes(bom + text.encode(codec))
    return path


def _edit_target(imported, segment_id: int):
    return edited(imported.document, segment_id, EDIT, SegmentStatus.CONFIRMED)


def _peer_targets(data: bytes, sample: str) -> list[str] | None:
    """The targets as translate-toolkit reads them (it has no XLIFF 2 reader)."""
    if sample.endswith("tmx"):
        return [str(unit.target) for unit in tt_tmx.tmxfile.parsestring(data).units]
    if sample.endswith("liff"):
        return [str(unit.target) for unit in tt_xliff.xlifffile.parsestring(data).units]
    return None


@pytest.mark.parametrize(("bom", "codec", "declared"), WIDE)
@pytest.mark.parametrize("sample", SAMPLES)
def test_wide_encodings_round_trip(tmp_path, sample, bom, codec, declared):
    path = _reencoded(tmp_path, sample, bom, codec, declared)
    imported = read_bilingual(path)
    fmt = by_name(imported.document.format)
    assert fmt is not None
    assert fmt.patch(imported.original, imported.document, str(path)) == path.read_bytes()

    out = tmp_path / f"out-{sample}"
    out.write_bytes(fmt.patch(imported.original, _edit_target(imported, 2), str(path)))
    data = out.read_bytes()
    # The encoding the original used: its byte-order mark once, its declaration, its bytes.
    assert data.startswith(bom)
    assert not data[len(bom) :].startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    text = data[len(bom) :].decode(codec)
    assert text.startswith(f'<?xml version="1.0" encoding="{declared}"?>')
    root = etree.fromstring(data)
    assert etree.QName(root).localname in ("xliff", "tmx")
    again = read_bilingual(out).document
    assert again[2].target == EDIT
    for a, b in zip(imported.document, again, strict=True):
        assert (a.key, a.source) == (b.key, b.source)
        if a.id != 2:
            assert (a.target, a.status) == (b.target, b.status)
    peer = _peer_targets(data, sample)
    if peer is not None:  # a segmented unit is one target there
        assert sum(EDIT in target for target in peer) == 1


# Files spelled as tools spell them, which lxml would write otherwise: escapes it resolves
# (&apos; &quot; &#160; &#x2019;), single quotes, spacing inside tags, <a></a>, CDATA, comments,
# CRLF line ends. Each has units "u1", "u2", "u3"; the tests edit "u2".
QUIRKS = "It&apos;s &quot;quoted&quot;&#160;&#x2019; <![CDATA[<raw> & co]]> <!-- c&apos; -->"
QUIRKY = [
    pytest.param(
        "<?xml version='1.0' encoding='UTF-8'?>\r\n"
        "<xliff version='1.2' xmlns='urn:oasis:names:tc:xliff:document:1.2' xmlns:mq=\"MQXliff\">\r\n"
        "<file original='a&apos;b' source-language='en'  target-language='de' datatype='plaintext'><body>\r\n"
        "{units}</body></file></xliff>\r\n",
        "<trans-unit id='u{n}' mq:status='MachineTranslated' >\r\n"
        "  <source xml:space = 'preserve'>S{n} " + QUIRKS + "</source>\r\n"
        "  <target state='needs-review-translation' state-qualifier='leveraged-mt'>T{n} "
        + QUIRKS
        + "<x id='1'></x></target>\r\n"
        "  <note from='a&apos;b'/>\r\n"
        "</trans-unit>\r\n",
        id="xliff12-memoq",
    ),
    pytest.param(
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<xliff xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" '
        'xmlns="urn:oasis:names:tc:xliff:document:1.2" '
        'version="1.2" sdl:version="1.0"><file original="C:\\a&apos;b.docx" source-language="en-US" '
        'target-language="de-DE" datatype="x-sdlfilterframework2"><body>\n{units}</body></file></xliff>',
        '<trans-unit id="u{n}"><source>S{n} '
        + QUIRKS
        + '</source><seg-source><mrk mtype="seg" mid="{n}">S{n} '
        + QUIRKS
        + '</mrk></seg-source><target><mrk mtype="seg" mid="{n}">T{n} '
        + QUIRKS
        + "</mrk></target>"
        '<sdl:seg-defs><sdl:seg id="{n}" conf="Draft" origin="mt"></sdl:seg></sdl:seg-defs></trans-unit>\n',
        id="sdlxliff",
    ),
    pytest.param(
        '<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" '
        "srcLang='en' trgLang='de'><file id='f'>\n{units}</file></xliff>\n",
        "<unit id='u{n}'><segment state='initial'><source>S{n} " + QUIRKS + "</source>"
        "<target>T{n} " + QUIRKS + "<ph id='1'></ph></target></segment></unit>\n",
        id="xliff2",
    ),
    pytest.param(
        "<?xml version='1.0' encoding='UTF-8' ?>\n<!DOCTYPE tmx SYSTEM 'tmx14.dtd'>\n<tmx version='1.4'>"
        "<header srclang='en' adminlang='en' segtype='sentence' datatype='plaintext' o-tmf='x' "
        "creationtool='x' creationtoolversion='1'/><body>\n{units}</body></tmx>\n",
        "<tu tuid='u{n}'><tuv xml:lang='en'><seg>S{n} " + QUIRKS + "</seg></tuv>"
        "<tuv xml:lang='de'><seg>T{n} " + QUIRKS + "</seg></tuv></tu>\n",
        id="tmx",
    ),
]


def _quirky(tmp_path: Path, template: str, unit: str) -> Path:
    path = tmp_path / "quirky.xml"
    path.write_bytes(template.format(units="".join(unit.format(n=n) for n in (1, 2, 3))).encode("utf-8"))
    return path


def _unit_span(data: bytes, unit_id: str) -> tuple[int, int]:
    """Where the unit is in the file: from its start tag to its end tag."""
    match = re.search(
        rb"<(trans-unit|unit|tu) [^>]*=['\"]" + unit_id.encode() + rb"['\"].*?</\1>", data, re.S
    )
    assert match is not None
    return match.start(), match.end()


@pytest.mark.parametrize(("template", "unit"), QUIRKY)
def test_unedited_export_is_byte_identical(tmp_path, capsys, template, unit):
    from editor.cli import main

    path = _quirky(tmp_path, template, unit)
    imported = read_bilingual(path)
    fmt = by_name(imported.document.format)
    assert fmt is not None
    assert fmt.patch(imported.original, imported.document, str(path)) == path.read_bytes()
    project, out = tmp_path / "p.pedit", tmp_path / "out.xml"
    assert main(["new", str(path), "-o", str(project)]) == 0
    assert main(["export", str(project), "--format", fmt.name, "-o", str(out)]) == 0
    assert out.read_bytes() == path.read_bytes()


@pytest.mark.parametrize("status", [SegmentStatus.CONFIRMED, SegmentStatus.DRAFT])
@pytest.mark.parametrize(("template", "unit"), QUIRKY)
def test_an_edit_changes_only_its_unit(tmp_path, template, unit, status):
    path = _quirky(tmp_path, template, unit)
    original = path.read_bytes()
    imported = read_bilingual(path)
    fmt = by_name(imported.document.format)
    assert fmt is not None
    second = imported.document[2]
    keep = second.target[second.target.index("⟨") :] if "⟨" in second.target else ""
    document = edited(imported.document, 2, "Geändert & <neu> 'x' \"y\"" + keep, status)
    patched = fmt.patch(original, document, str(path))
    start, end = _unit_span(original, "u2")
    new_start, new_end = _unit_span(patched, "u2")
    assert (new_start, patched[new_end:]) == (start, original[end:])  # the rest, byte for byte
    assert patched[:start] == original[:start]
    out = tmp_path / "again.xml"
    out.write_bytes(patched)
    again = read_bilingual(out).document
    assert again[2].target == document[2].target
    assert [(s.source, s.target) for s in again if s.id != 2] == [
        (s.source, s.target) for s in imported.document if s.id != 2
    ]
    if fmt.name != "tmx":
        assert again[2].status is status
    # Inside the unit, the source and what the edit did not touch keep their spelling too.
    assert b"S2 " + QUIRKS.encode() in patched[new_start:new_end]
